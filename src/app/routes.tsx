import { lazy, Suspense, useEffect } from 'react';
import { prefetchStoredPlaybook } from '../state/documentStorePrefetch';
import { LibraryPage } from '../ui/library/LibraryPage';
import { loadDesignerModule } from './designerEarly';
import { hrefOf, parseRoute, useRoute } from './router';

// Every page but the library is its own chunk: the first screen loads no canvas (React Flow),
// simulator or exporters (issue 10's bundle budget, scripts/check-bundle.mjs).
type DesignerModule = Awaited<ReturnType<typeof loadDesignerModule>>;
/** The designer's module once loaded: drawn at once, without suspending (see {@link firstRouteReady}). */
let designerModule: DesignerModule | null = null;
const loadDesigner = () =>
  loadDesignerModule().then((module) => {
    designerModule = module;
    if (performance.getEntriesByName('rollbook:designer-chunk').length === 0)
      performance.mark('rollbook:designer-chunk');
    return module;
  });

// A page opened straight on a playbook (a bookmark, a reload, a link): the stored playbook's read
// starts here, before React renders, while the designer's chunk is loading (its fetch was started
// by designerEarly.ts, the first module evaluated), rather than the read waiting for the chunk
// (issue 20). Only for the first address: later in the tab, this tab's own autosave may still be
// writing that playbook, and the library has fetched the chunk while it was idle anyway.
const firstRoute = parseRoute(location.hash);
let firstDesignerLoad: Promise<void> | null = null;
if (firstRoute.name === 'designer') {
  prefetchStoredPlaybook(firstRoute.id);
  // A failed load resolves too: the lazy page below reports it.
  firstDesignerLoad = loadDesigner().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Resolves when the first page can be drawn without suspending: at once, or on a playbook's address
 * once the designer's module has loaded (or failed to). `main.tsx` renders after it because a first
 * render without the module commits the lazy page's fallback ("Opening the playbook…"), and React
 * then holds the designer back until that fallback has been on screen for 300 ms (its Suspense
 * reveal throttle, so a fallback does not flash): about 200 ms of idle page on the way to the first
 * canvas (issue 20).
 */
export const firstRouteReady = (): Promise<void> => firstDesignerLoad ?? Promise.resolve();
const PlaybookRoute = lazy(() => loadDesigner().then((module) => ({ default: module.PlaybookRoute })));

/**
 * Fetches the designer's chunk before it is asked for (issue 20, open fast): once the library is
 * idle, or at once when a link to a playbook is hovered or focused. The browser keeps the module,
 * so the click that follows opens the playbook without waiting for the network or the parse.
 */
function usePreloadDesigner(): void {
  useEffect(() => {
    let requested = false;
    const preload = () => {
      if (requested) return;
      requested = true;
      void loadDesigner().catch(() => {
        requested = false; // offline or a new deployment: the click will try (and report) again
      });
    };
    const idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(preload, { timeout: 3000 })
        : window.setTimeout(preload, 1000);
    const onPointing = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('a[href^="#/playbooks/"]')) preload();
    };
    document.addEventListener('pointerover', onPointing);
    document.addEventListener('focusin', onPointing);
    return () => {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      document.removeEventListener('pointerover', onPointing);
      document.removeEventListener('focusin', onPointing);
    };
  }, []);
}

/** The library page, warming the designer up while it is on screen. */
function Library() {
  usePreloadDesigner();
  return <LibraryPage />;
}
const RevisionView = lazy(() =>
  import('../ui/library/RevisionView').then((module) => ({ default: module.RevisionView })),
);
const ShareView = lazy(() =>
  import('../ui/library/ShareView').then((module) => ({ default: module.ShareView })),
);
const ReviewPage = lazy(() =>
  import('../ui/review/ReviewPage').then((module) => ({ default: module.ReviewPage })),
);

const IncidentPage = lazy(() =>
  import('../ui/incident/IncidentPage').then((module) => ({ default: module.IncidentPage })),
);

const ReviewLinkView = lazy(() =>
  import('../ui/review/link/ReviewLinkView').then((module) => ({ default: module.ReviewLinkView })),
);

/** What a lazy page shows while its chunk loads (`data-waiting` lets the end-to-end tests tell it apart). */
function Opening({ what }: { what: string }) {
  return (
    <p className="page-message" data-waiting="chunk">
      Opening {what}…
    </p>
  );
}

/** One page per route: library `#/`, designer `#/playbooks/:id`, review `#/playbooks/:id/review`. */
export function AppRoutes() {
  const route = useRoute();
  switch (route.name) {
    case 'library':
      return <Library />;
    case 'designer':
      if (designerModule) return <designerModule.PlaybookRoute key={route.id} id={route.id} />;
      return (
        <Suspense fallback={<Opening what="the playbook" />}>
          <PlaybookRoute key={route.id} id={route.id} />
        </Suspense>
      );
    case 'review':
      return (
        <Suspense fallback={<Opening what="review" />}>
          <ReviewPage key={route.id} id={route.id} />
        </Suspense>
      );
    case 'revision':
      return (
        <Suspense fallback={<Opening what="the version" />}>
          <RevisionView key={`${route.id}:${route.revision}`} id={route.id} revision={route.revision} />
        </Suspense>
      );
    case 'incident':
      return (
        <Suspense fallback={<Opening what="incident mode" />}>
          <IncidentPage key={`${route.id}:${route.incidentId}`} id={route.id} incidentId={route.incidentId} />
        </Suspense>
      );
    case 'share':
      return (
        <Suspense fallback={<Opening what="the shared playbook" />}>
          <ShareView fragment={route.fragment} />
        </Suspense>
      );
    case 'review-link':
    case 'review-file':
      return (
        <Suspense fallback={<Opening what="the review" />}>
          <ReviewLinkView
            key={route.name === 'review-link' ? route.fragment : 'file'}
            fragment={route.name === 'review-link' ? route.fragment : null}
          />
        </Suspense>
      );
    case 'not-found':
      return (
        <main className="page-message">
          <h1>Page not found</h1>
          <p>
            There is nothing at this address. <a href={hrefOf({ name: 'library' })}>Go to the library</a>.
          </p>
        </main>
      );
  }
}
