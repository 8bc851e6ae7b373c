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

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
