import { lazy, Suspense } from 'react';
import { LibraryPage } from '../ui/library/LibraryPage';
import { PlaybookRoute } from '../ui/library/PlaybookRoute';
import { RevisionView } from '../ui/library/RevisionView';
import { ShareView } from '../ui/library/ShareView';
import { hrefOf, useRoute } from './router';

const ReviewPage = lazy(() =>
  import('../ui/review/ReviewPage').then((module) => ({ default: module.ReviewPage })),
);

/** One page per route: library `#/`, designer `#/playbooks/:id`, review `#/playbooks/:id/review`. */
export function AppRoutes() {
  const route = useRoute();
  switch (route.name) {
    case 'library':
      return <LibraryPage />;
    case 'designer':
      return <PlaybookRoute key={route.id} id={route.id} />;
    case 'review':
      return (
        <Suspense fallback={<p className="page-message">Opening review…</p>}>
          <ReviewPage key={route.id} id={route.id} />
        </Suspense>
      );
    case 'revision':
      return <RevisionView key={`${route.id}:${route.revision}`} id={route.id} revision={route.revision} />;
    case 'share':
      return <ShareView fragment={route.fragment} />;
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
