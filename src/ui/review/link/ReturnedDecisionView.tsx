import { useEffect, useState } from 'react';
import { hrefOf } from '../../../app/router';
import type { ReviewDecisionMessage } from '../../../persistence/reviewLink';
import { acceptReturnedDecision, type ReturnedDecisionOutcome } from '../../../state/reviewByLink';

/**
 * The author's view of a decision sent back by a reviewer: it is checked against the playbook in
 * this library (this version, this playbook, verified with the team file) and added to its review
 * records, or refused with the reason in plain words.
 */
export function ReturnedDecisionView({ message }: { message: ReviewDecisionMessage }) {
  const [outcome, setOutcome] = useState<ReturnedDecisionOutcome | null>(null);
  useEffect(() => {
    let live = true;
    void acceptReturnedDecision(message).then((result) => live && setOutcome(result));
    return () => {
      live = false;
    };
  }, [message]);
  if (!outcome) return <p className="page-message">Checking the decision…</p>;
  if (!outcome.ok) {
    return (
      <main className="page-message" role="alert">
        <h1>This decision was not added</h1>
        <p>{outcome.message}</p>
        {outcome.libraryId ? (
          <a href={hrefOf({ name: 'review', id: outcome.libraryId })}>
            Open the review of “{message.playbookName}”
          </a>
        ) : (
          <a href={hrefOf({ name: 'library' })}>Go to the library</a>
        )}
      </main>
    );
  }
  const { record } = outcome;
  const what = record.decision === 'approved' ? 'approval' : 'request for changes';
  return (
    <main className="page-message">
      <h1>
        {record.reviewer}'s {what} was added to “{message.playbookName}”
      </h1>
      <p role="status" className={`banner banner--${outcome.verified ? 'ok' : 'warn'}`}>
        {outcome.verified
          ? `Verified: signed with ${record.reviewer}'s key, listed in the team file “${outcome.teamName}” with the role ${record.role}.`
          : `Unverified: no team file is kept in this browser, so the signature could not be checked against who may sign. Open the team file on the review page to verify it.`}
      </p>
      {record.comment && (
        <p>
          Comment: <q>{record.comment}</q>
        </p>
      )}
      <a className="button-link primary" href={hrefOf({ name: 'review', id: outcome.libraryId })}>
        Open the review
      </a>
    </main>
  );
}
