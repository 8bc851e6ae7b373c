import { useId, useState } from 'react';
import type { Playbook } from '../../domain/types';
import { type ReviewDecision, recordDecision } from '../../state/persistenceReview';
import { useProfile } from '../../state/profileStore';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Approve or request changes, as the "acting as" profile, on exactly the content shown (its hash
 * is recorded, and the record is signed with this browser's key). The author of the playbook
 * cannot approve it. `onDecide` records the decision: in this library by default, or, for a
 * review request from another machine, as a decision to send back.
 */
export function DecisionForm({
  playbook,
  onDone,
  onDecide = recordDecision,
}: {
  playbook: Playbook;
  onDone: (message: string) => void;
  onDecide?: (input: ReviewDecision) => Promise<{ ok: boolean; message: string }>;
}) {
  const profile = useProfile();
  const roles = playbook.roles;
  const allowed = playbook.governance.approverRoles;
  const preferred =
    roles.find((role) => role.id === profile.role)?.id ??
    allowed[0] ??
    roles[0]?.id ??
    (/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(profile.role) ? profile.role : 'reviewer');
  const [role, setRole] = useState(preferred);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const commentId = useId();
  const roleId = useId();
  const author = playbook.metadata.author ?? '';
  const isAuthor = profile.name !== '' && author !== '' && same(profile.name, author);
  const blocked = profile.name === '' ? 'Choose who you are acting as (top right) before you review.' : null;
  const decide = async (decision: 'approved' | 'changes-requested') => {
    setBusy(true);
    const outcome = await onDecide({ decision, reviewer: profile.name, role, comment });
    setBusy(false);
    if (!outcome.ok) return setError(outcome.message);
    setError(null);
    setComment('');
    onDone(outcome.message);
  };
  return (
    <section className="decision" aria-label="Your decision">
      <h2>Your decision</h2>
      <p className="muted">Signed with your key in this browser (see your profile, top right).</p>
      {blocked && <p className="muted">{blocked}</p>}
      {isAuthor && (
        <p role="note">
          You ({profile.name}) are the author of this playbook, so you cannot approve it: ask someone else to
          review.
        </p>
      )}
      <label htmlFor={roleId}>Reviewing as role</label>
      <select id={roleId} value={role} onChange={(event) => setRole(event.target.value)}>
        {roles.length === 0 && <option value={role}>{role}</option>}
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
            {allowed.length > 0 && !allowed.includes(r.id) ? ' (may not approve)' : ''}
          </option>
        ))}
      </select>
      <label htmlFor={commentId}>Comment</label>
      <textarea
        id={commentId}
        rows={3}
        value={comment}
        placeholder="What you checked, or what must change"
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="decision__buttons">
        <button
          type="button"
          className="primary"
          disabled={busy || blocked !== null || isAuthor}
          onClick={() => void decide('approved')}
        >
          Approve
        </button>
        <button
          type="button"
          disabled={busy || blocked !== null || comment.trim() === ''}
          title={comment.trim() === '' ? 'Say what must change in the comment first' : undefined}
          onClick={() => void decide('changes-requested')}
        >
          Request changes
        </button>
      </div>
      {error && (
        <p role="alert" className="dialog__error">
          {error}
        </p>
      )}
    </section>
  );
}
