import type { ApprovalRecord } from '../domain/types';
import { assertNever } from '../lib/assertNever';
import type { IneffectiveReason, ReviewRecordVerdict } from './approvalStatus';

/** The plain-words verdict on one record: "sam's approval was for an earlier version". */
export function describeVerdict(
  record: ApprovalRecord,
  reasons: readonly IneffectiveReason[],
  allowedRoles: readonly string[],
): string {
  const what = record.decision === 'approved' ? 'approval' : 'request for changes';
  const first = reasons[0];
  if (first === undefined) {
    return record.decision === 'approved'
      ? `${record.reviewer}'s approval counts`
      : `${record.reviewer} requested changes to this version`;
  }
  switch (first) {
    case 'earlier-version':
      return `${record.reviewer}'s ${what} was for an earlier version`;
    case 'author':
      return `${record.reviewer} is the author and cannot review their own playbook`;
    case 'role-not-allowed':
      return `${record.reviewer}'s role "${record.role}" may not approve (allowed: ${allowedRoles.join(', ')})`;
    case 'no-approve-permission':
      return `${record.reviewer}'s role "${record.role}" lacks the "approve" permission in this playbook's roles`;
    case 'unsigned':
      return `${record.reviewer}'s ${what} is not signed`;
    case 'unknown-key':
      return `${record.reviewer}'s ${what} is signed with a key the team file does not list for ${record.reviewer}`;
    case 'bad-signature':
      return `${record.reviewer}'s ${what} does not match its signature: it was changed after signing, or forged`;
    case 'role-not-held':
      return `${record.reviewer} does not hold the role "${record.role}" in the team file`;
    case 'superseded':
      return `${record.reviewer}'s ${what} was replaced by their later decision`;
    default:
      return assertNever(first, 'review reason');
  }
}

interface StatusFacts {
  approved: boolean;
  required: number;
  counting: number;
  verdicts: readonly ReviewRecordVerdict[];
}

/**
 * One sentence for the library, the review panel and `rollbook review`:
 * "Approved: 2 of 2 approvals." or "Not approved: 1 of 2 approvals; sam's approval was for an
 * earlier version." Superseded records are left out: the reviewer's later decision speaks for them.
 */
export function describeStatus({ approved, required, counting, verdicts }: StatusFacts): string {
  const tally =
    required === 0 ? 'no approval is required' : `${counting} of ${required} ${plural(required, 'approval')}`;
  const requests = verdicts
    .filter((v) => v.effective && v.record.decision === 'changes-requested')
    .map((v) => v.message);
  const voided = verdicts
    .filter((v) => !v.effective && v.record.decision === 'approved' && v.reasons[0] !== 'superseded')
    .map((v) => v.message);
  if (approved) return `Approved: ${tally}.`;
  return `Not approved: ${[...requests, tally, ...voided].join('; ')}.`;
}

/**
 * What the decisions are worth: verified against a named team file, or unverified, because
 * without a team file anyone who can edit the playbook's JSON can add a decision (spec 8.1).
 */
export function describeVerification(teamName: string | undefined, records: number): string {
  if (teamName !== undefined) return `Decisions verified against the team file "${teamName}".`;
  return records === 0
    ? 'No team file: decisions would be unverified.'
    : 'Decisions are unverified: no team file was given to check their signatures.';
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
