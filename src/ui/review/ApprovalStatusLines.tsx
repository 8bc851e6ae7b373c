import type { ApprovalStatus } from '../../review';
import type { TeamState } from '../../state/reviewIdentity';

/**
 * The approval status sentence (spec 8) and, under it, what the decisions are worth (spec 8.1):
 * verified against a named team file, or unverified and where to fix that. Shown together
 * wherever the status is, so nobody reads "Approved" without knowing whether it was verified.
 */
export function ApprovalStatusLines({
  status,
  team,
  hint,
}: {
  status: ApprovalStatus;
  team: TeamState;
  /** What to do when unverified, where this page offers it. */
  hint?: string;
}) {
  return (
    <>
      <p
        role="status"
        aria-label="Approval status"
        className={`review-status review-status--${status.approved ? 'ok' : 'bad'}`}
      >
        {status.summary}
      </p>
      <p className={`review-verification review-verification--${status.verified ? 'ok' : 'warn'}`}>
        {status.verification}
        {team.status === 'invalid' && ` The team file cannot be used: ${team.message}`}
        {!status.verified && team.status !== 'invalid' && hint ? ` ${hint}` : ''}
      </p>
    </>
  );
}
