import { lazy, Suspense } from 'react';
import { LibraryPage } from '../ui/library/LibraryPage';
import { hrefOf, useRoute } from './router';

// Every page but the library is its own chunk: the first screen loads no canvas (React Flow),
// simulator or exporters (issue 10's bundle budget, scripts/check-bundle.mjs).
const PlaybookRoute = lazy(() =>
  import('../ui/library/PlaybookRoute').then((module) => ({ default: module.PlaybookRoute })),
);
const RevisionView = lazy(() =>
  import('../ui/library/RevisionView').then((module) => ({ default: module.RevisionView })),
);
const ShareView = lazy(() =>
  import('../ui/library/ShareView').then((module) => ({ default: module.ShareView })),
);
const ReviewPage = lazy(() =>
  import('../ui/review/ReviewPage').then((module) => ({ default: module.ReviewPage })),
);

const ReviewLinkView = lazy(() =>
  import('../ui/review/link/ReviewLinkView').then((module) => ({ default: module.ReviewLinkView })),
);

/** What a lazy page shows while its chunk loads. */
function Opening({ what }: { what: string }) {
  return <p className="page-message">Opening {what}…</p>;
}

/** One page per route: library `#/`, designer `#/playbooks/:id`, review `#/playbooks/:id/review`. */
export function AppRoutes() {
  const route = useRoute();
  switch (route.name) {
    case 'library':
      return <LibraryPage />;
    case 'designer':
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
