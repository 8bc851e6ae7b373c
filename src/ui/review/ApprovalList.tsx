import { relativeTime } from '../../lib/relativeTime';
import type { RevisionSummary } from '../../persistence';
import type { ApprovalStatus, ReviewRecordVerdict } from '../../review';

/** The version a record was made for, by its content hash: "revision 3", else "an earlier version". */
function versionOf(hash: string, current: string, revisions: readonly RevisionSummary[]): string {
  if (hash === current) return 'this version';
  const saved = revisions.find((revision) => revision.contentHash === hash);
  return saved ? `revision ${saved.revision}` : 'a version no longer saved';
}

/** Why a record does not count, in words a first-time reviewer can act on. */
function explanation(verdict: ReviewRecordVerdict, version: string): string {
  switch (verdict.reasons[0]) {
    case 'earlier-version':
      return `No longer counts: it was for ${version}, and the content has changed since (see Changes). An approval covers exactly the content that was reviewed; this version needs a new one.`;
    case 'author':
      return 'Does not count: the author cannot approve their own playbook.';
    case 'role-not-allowed':
      return `Does not count: ${verdict.message}.`;
    case 'superseded':
      return 'Replaced by the same reviewer’s later decision.';
    default:
      // Every other reason (the approve permission, and with a team file the signature checks).
      if (!verdict.effective) return `Does not count: ${verdict.message}.`;
      return verdict.record.decision === 'approved' ? 'Counts.' : 'Stands: it blocks approval.';
  }
}

const SIGNATURE_WORDS = {
  unsigned: 'Not signed',
  'unknown-key': 'Unknown key',
  'bad-signature': 'Bad signature',
  'role-not-held': 'Role not held',
} as const;

/**
 * Whether a record's signature was verified against the team file (spec 8.1), or why not; without
 * a team file, that it is unverified (signed or not), so nobody mistakes a typed name for proof.
 */
function signatureBadge(
  verdict: ReviewRecordVerdict,
  teamName: string | null,
): { text: string; tone: 'ok' | 'warn' | 'bad' } {
  const signed = verdict.record.signature !== undefined;
  if (teamName === null)
    return { text: signed ? 'Signed, unverified: no team file' : 'Unsigned, unverified', tone: 'warn' };
  if (verdict.verified) return { text: `Verified: ${teamName}`, tone: 'ok' };
  const reason = verdict.reasons.find((r): r is keyof typeof SIGNATURE_WORDS => r in SIGNATURE_WORDS);
  return { text: reason ? SIGNATURE_WORDS[reason] : 'Not verified', tone: 'bad' };
}

/**
 * Every approval and request for changes recorded in the playbook, each with whether it counts and,
 * when it does not, why: a voided approval is shown struck through with the version it was for.
 */
export function ApprovalList({
  status,
  revisions,
  teamName,
}: {
  status: ApprovalStatus;
  revisions: readonly RevisionSummary[];
  /** The team file the signatures were checked against, `null` without one. */
  teamName: string | null;
}) {
  const verdicts = [...status.verdicts].reverse();
  return (
    <section className="approvals" aria-label="Approvals">
      <h2>Approvals</h2>
      <p className="muted">
        {status.required === 0
          ? 'No approval is required.'
          : `${status.required} ${status.required === 1 ? 'approval is' : 'approvals are'} required from a reviewer who is not the author.`}
      </p>
      {verdicts.length === 0 && <p className="muted">Nobody has reviewed this playbook yet.</p>}
      <ul>
        {verdicts.map((verdict) => {
          const { record } = verdict;
          const version = versionOf(record.contentHash, status.contentHash, revisions);
          const what = record.decision === 'approved' ? 'approved' : 'requested changes to';
          const signature = signatureBadge(verdict, teamName);
          return (
            <li
              key={verdict.index}
              className={`approval approval--${verdict.effective ? 'counts' : 'void'}`}
              aria-label={`${record.reviewer} ${what} ${version}${verdict.effective ? '' : ' (does not count)'}`}
            >
              <span className="approval__who">
                <strong>{record.reviewer}</strong> ({record.role}) {what} {version}
              </span>{' '}
              <span className="muted" title={record.at}>
                {relativeTime(record.at)}
              </span>
              <span className={`badge badge--${signature.tone}`} title={record.signature?.kid}>
                {signature.text}
              </span>
              {record.comment && <q>{record.comment}</q>}
              <span className="approval__verdict">{explanation(verdict, version)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
