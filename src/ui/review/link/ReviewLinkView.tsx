import { ReactFlowProvider } from '@xyflow/react';
import { useMemo } from 'react';
import { hrefOf } from '../../../app/router';
import { decodeReviewFragment, type ReviewMessage } from '../../../persistence/reviewLink';
import { takeOpenedReviewFile } from '../../../state/reviewInbox';
import { ReturnedDecisionView } from './ReturnedDecisionView';
import { ReviewRequestView } from './ReviewRequestView';

/**
 * A review link (`#review-request=…`, `#review-decision=…`) or a review file opened from the
 * library: the reviewer's view of a request, or the author's of a returned decision.
 */
export function ReviewLinkView({ fragment }: { fragment: string | null }) {
  const read = useMemo(
    () =>
      fragment === null
        ? (takeOpenedReviewFile() ?? {
            ok: false as const,
            message: 'No review file is open: open it again from the library.',
          })
        : decodeReviewFragment(fragment),
    [fragment],
  );
  if (!read.ok) {
    return (
      <main className="page-message" role="alert">
        <h1>This review link cannot be opened</h1>
        <p>{read.message}</p>
        <a href={hrefOf({ name: 'library' })}>Go to the library</a>
      </main>
    );
  }
  return <ReviewMessageView message={read.value} />;
}

function ReviewMessageView({ message }: { message: ReviewMessage }) {
  if (message.rollbookReview === 'decision') return <ReturnedDecisionView message={message} />;
  return (
    <ReactFlowProvider>
      <ReviewRequestView request={message} />
    </ReactFlowProvider>
  );
}
