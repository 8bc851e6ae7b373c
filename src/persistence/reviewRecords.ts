import type { ApprovalRecord, Playbook } from '../domain/types';

type Review = Playbook['review'];

/** Two records are the same decision when every field is equal. */
const recordKey = (record: ApprovalRecord): string =>
  JSON.stringify([
    record.reviewer,
    record.role,
    record.decision,
    record.at,
    record.contentHash,
    record.comment ?? null,
  ]);

/**
 * The review records of `base` followed by those of `newer` that `base` lacks, in their order.
 * Review records are append-only: restoring a version, or undoing an edit, must not remove one,
 * and a record present in both is kept once.
 */
export function mergeReviews(base: Review, newer: Review): Review {
  const seen = new Set(base.approvals.map(recordKey));
  const added = newer.approvals.filter((record) => !seen.has(recordKey(record)));
  return added.length === 0 ? base : { ...base, approvals: [...base.approvals, ...added] };
}

/** Whether `next` lacks a record that `previous` holds (an undo or restore would drop it). */
export function dropsReviewRecords(previous: Review, next: Review): boolean {
  if (previous === next) return false;
  const kept = new Set(next.approvals.map(recordKey));
  return previous.approvals.some((record) => !kept.has(recordKey(record)));
}
