import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactElement,
  Suspense,
  useEffect,
  useState,
} from 'react';
import { prefetchStoredPlaybook } from '../state/documentStorePrefetch';
import { LibraryPage } from '../ui/library/LibraryPage';
import { loadDesignerModule } from './designerEarly';
import { hrefOf, parseRoute, type Route, useRoute } from './router';

// Every page but the library is its own chunk: the first screen loads no canvas (React Flow),
// simulator or exporters (issue 10's bundle budget, scripts/check-bundle.mjs).

/**
 * A page in a chunk of its own. Once its module has loaded, the page is drawn from it directly:
 * only a page whose module is still on its way suspends and shows its fallback (see
 * {@link firstRouteReady} for why that matters).
 */
interface LazyPage<P extends object> {
  load: () => Promise<ComponentType<P>>;
  loaded: ComponentType<P> | null;
  Suspending: LazyExoticComponent<ComponentType<P>>;
}

function lazyPage<P extends object>(loadModule: () => Promise<ComponentType<P>>): LazyPage<P> {
  const page: LazyPage<P> = {
    load: () =>
      loadModule().then((component) => {
        page.loaded = component;
        return component;
      }),
    loaded: null,
    Suspending: lazy(() => page.load().then((component) => ({ default: component }))),
  };
  return page;
}

const designerPage = lazyPage(() =>
  loadDesignerModule().then((module) => {
    if (performance.getEntriesByName('rollbook:designer-chunk').length === 0)
      performance.mark('rollbook:designer-chunk');
    return module.PlaybookRoute;
  }),
);
const revisionPage = lazyPage(() =>
  import('../ui/library/RevisionView').then((module) => module.RevisionView),
);
const sharePage = lazyPage(() => import('../ui/library/ShareView').then((module) => module.ShareView));
const reviewPage = lazyPage(() => import('../ui/review/ReviewPage').then((module) => module.ReviewPage));
const incidentPage = lazyPage(() =>
  import('../ui/incident/IncidentPage').then((module) => module.IncidentPage),
);
const reviewLinkPage = lazyPage(() =>
  import('../ui/review/link/ReviewLinkView').then((module) => module.ReviewLinkView),
);

// A page opened straight on a playbook (a bookmark, a reload, a link): the stored playbook's read
// starts here, before React renders, while the designer's chunk is loading (its fetch was started
// by designerEarly.ts, the first module evaluated), rather than the read waiting for the chunk
// (issue 20). Only for the first address: later in the tab, this tab's own autosave may still be
// writing that playbook, and the library has fetched the chunk while it was idle anyway.
const firstRoute = parseRoute(location.hash);
if (firstRoute.name === 'designer') prefetchStoredPlaybook(firstRoute.id);
// A failed load resolves too: the page's lazy component loads again and reports it.
const firstPageLoad = pageFor(firstRoute)
  ?.load()
  .then(
    () => undefined,
    () => undefined,
  );

/**
 * Resolves when the first page can be drawn without suspending: at once for the library, else once
 * its page's module has loaded (or failed to). `main.tsx` renders after it because a first render
 * without the module commits the lazy page's fallback ("Opening the playbook…"), and React then
 * holds the page back until that fallback has been on screen for 300 ms (its Suspense reveal
 * throttle, so a fallback does not flash): about 200 ms of idle page on the way to the first canvas
 * (issue 20), and as much on a review link opened from a message.
 */
export const firstRouteReady = (): Promise<void> => firstPageLoad ?? Promise.resolve();

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
      void designerPage.load().catch(() => {
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
/** What a lazy page shows while its chunk loads (`data-waiting` lets the end-to-end tests tell it apart). */
function Opening({ what }: { what: string }) {
  return (
    <p className="page-message" data-waiting="chunk">
      Opening {what}…
    </p>
  );
}

/**
 * A lazy page with its props: drawn at once when its module is there, else behind its fallback
 * ("Opening …") until the module arrives.
 */
function Page<P extends object>({ page, what, props }: { page: LazyPage<P>; what: string; props: P }) {
  // Chosen once per mount: turning the suspending component into the loaded one on a later render
  // would change the element's type, which remounts the page and loses its state.
  const [Loaded] = useState(() => page.loaded);
  if (Loaded) return <Loaded {...props} />;
  return (
    <Suspense fallback={<Opening what={what} />}>
      <page.Suspending {...props} />
    </Suspense>
  );
}

/** A route's lazy page, its props and its key: what {@link AppRoutes} draws and the first load loads. */
interface RoutePage {
  load: () => Promise<unknown>;
  element: () => ReactElement;
}

function routePage<P extends object>(page: LazyPage<P>, what: string, key: string, props: P): RoutePage {
  return { load: page.load, element: () => <Page key={key} page={page} what={what} props={props} /> };
}

/**
 * The lazy page that draws a route; the library (in the entry's chunk) and "not found" have none.
 * Every lazy page is a `Page`, so each key names its route too: two routes must never share a `Page`.
 */
function pageFor(route: Route): RoutePage | null {
  switch (route.name) {
    case 'designer':
      return routePage(designerPage, 'the playbook', `designer:${route.id}`, { id: route.id });
    case 'review':
      return routePage(reviewPage, 'review', `review:${route.id}`, { id: route.id });
    case 'revision':
      return routePage(revisionPage, 'the version', `revision:${route.id}:${route.revision}`, {
        id: route.id,
        revision: route.revision,
      });
    case 'incident':
      return routePage(incidentPage, 'incident mode', `incident:${route.id}:${route.incidentId}`, {
        id: route.id,
        incidentId: route.incidentId,
      });
    case 'share':
      return routePage(sharePage, 'the shared playbook', 'share', { fragment: route.fragment });
    case 'review-link':
      return routePage(reviewLinkPage, 'the review', `review-link:${route.fragment}`, {
        fragment: route.fragment,
      });
    case 'review-file':
      return routePage(reviewLinkPage, 'the review', 'review-file', { fragment: null });
    case 'library':
    case 'not-found':
      return null;
  }
}

/** One page per route: library `#/`, designer `#/playbooks/:id`, review `#/playbooks/:id/review`. */
export function AppRoutes() {
  const route = useRoute();
  if (route.name === 'library') return <Library />;
  const page = pageFor(route);
  if (page) return page.element();
  return (
    <main className="page-message">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href={hrefOf({ name: 'library' })}>Go to the library</a>.
      </p>
    </main>
  );
}
