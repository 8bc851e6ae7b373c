import { useMemo, useState } from 'react';
import { hrefOf } from '../../../app/router';
import {
  encodeReviewFragment,
  type ReviewDecisionMessage,
  type ReviewRequest,
  reviewFileText,
} from '../../../persistence/reviewLink';
import { diffPlaybooks } from '../../../review';
import { decideOnRequest } from '../../../state/reviewByLink';
import { downloadText } from '../../components/download';
import { ProfileControl } from '../../profile/ProfileControl';
import { ApprovalList } from '../ApprovalList';
import { ApprovalStatusLines } from '../ApprovalStatusLines';
import { ChangeList } from '../ChangeList';
import { DecisionForm } from '../DecisionForm';
import { DiffLegend } from '../DiffLegend';
import { ReadOnlyCanvas } from '../ReadOnlyCanvas';
import { decorateWithDiff } from '../reviewDecor';
import { useVerifiedStatus } from '../useVerifiedStatus';
import { appLink, CopyLink, safeFileName } from './CopyLink';

/** Where the signed decision goes: a link (or a file) for the reviewer to send to the author. */
function SendBack({ message, to }: { message: ReviewDecisionMessage; to: string }) {
  const fragment = encodeReviewFragment(message);
  const what =
    (message.record as { decision?: string }).decision === 'approved' ? 'approval' : 'request for changes';
  return (
    <section className="send-back" aria-label="Send your decision back">
      <h2>Send your decision back</h2>
      <p>
        Your {what} is signed with your key. Send this link to {to}; when they open it in their Rollbook, it
        is checked and added to the playbook. Nothing was uploaded and nothing is stored here.
      </p>
      {fragment && <CopyLink label="Decision link" link={appLink(fragment)} />}
      <button
        type="button"
        onClick={() =>
          downloadText(
            reviewFileText(message),
            `${safeFileName(message.playbookName)}.review-decision.json`,
            'application/json',
          )
        }
      >
        Download decision file
      </button>
    </section>
  );
}

/**
 * The reviewer's view of a review request from another machine: the playbook read-only, what
 * changed since its last approved version, its approval status, and the decision, signed here and
 * sent back as a link. Nothing is saved to this browser's library.
 */
export function ReviewRequestView({ request }: { request: ReviewRequest }) {
  const { playbook, base } = request;
  const [focus, setFocus] = useState<{ id: string; at: number } | null>(null);
  const [decision, setDecision] = useState<ReviewDecisionMessage | null>(null);
  const { status, team } = useVerifiedStatus(null, playbook);
  const diff = useMemo(() => (base ? diffPlaybooks(base.playbook, playbook) : null), [base, playbook]);
  const flow = useMemo(
    () => decorateWithDiff(playbook, base?.playbook ?? null, diff),
    [playbook, base, diff],
  );
  const onDecide = async (input: Parameters<typeof decideOnRequest>[1]) => {
    const made = await decideOnRequest(request, input);
    if (!made.ok) return made;
    setDecision(made.value);
    return { ok: true, message: 'Decision signed. Send it back with the link below.' };
  };
  return (
    <div className="review-page">
      <header className="toolbar">
        <a className="button-link" href={hrefOf({ name: 'library' })}>
          ← Library
        </a>
        <h1 className="toolbar__name">Review requested: {playbook.name}</h1>
        <span className="muted">from {request.requestedBy}</span>
        <span className="toolbar__spacer" />
        <ProfileControl />
      </header>
      <p className="banner banner--info">
        {request.requestedBy} asked you to review this playbook. It came inside the link and is shown
        read-only; it is not saved to your library. Decide below: your decision is signed with your own key
        and you get a link to send back.
      </p>
      {status && <ApprovalStatusLines status={status} team={team} />}
      <div className="review-page__body">
        <div className="review-page__canvas">
          <p className="review-page__base">
            {base
              ? `Coloured on the canvas: what changed since revision ${base.revision}, the last approved version.`
              : 'Never approved before: there is no earlier version to compare with.'}
          </p>
          <ReadOnlyCanvas
            nodes={flow.nodes}
            edges={flow.edges}
            focus={focus}
            label="Playbook to review (read-only)"
            className={diff && (diff.nodes.length > 0 || diff.edges.length > 0) ? 'canvas--diff' : undefined}
          >
            <DiffLegend since={base ? `revision ${base.revision} (last approved)` : null} />
          </ReadOnlyCanvas>
        </div>
        <aside className="review-page__side" aria-label="Review">
          {status && (
            <ApprovalList
              status={status}
              revisions={[]}
              teamName={team.status === 'ok' ? team.team.name : null}
            />
          )}
          {diff && base && (
            <ChangeList
              diff={diff}
              current={playbook}
              before={base.playbook}
              onFocus={(nodeId) => setFocus({ id: nodeId, at: Date.now() })}
            />
          )}
          {decision ? (
            <SendBack message={decision} to={request.requestedBy} />
          ) : (
            <DecisionForm playbook={playbook} onDone={() => {}} onDecide={onDecide} />
          )}
        </aside>
      </div>
    </div>
  );
}
