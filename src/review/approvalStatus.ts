import type { ApprovalRecord, Playbook } from '../domain/types';
import { describeStatus, describeVerdict } from './approvalWording';

/**
 * Why a review record does not take effect. An approval that takes effect *counts*; a request for
 * changes that takes effect *stands*.
 * - `earlier-version`: made for another content hash than the current one.
 * - `author`: the reviewer is `metadata.author`, who cannot review their own playbook.
 * - `role-not-allowed`: the role is not in `governance.approverRoles` (when that list is not empty).
 * - `superseded`: the same reviewer made a later decision on this same version.
 */
export type IneffectiveReason = 'earlier-version' | 'author' | 'role-not-allowed' | 'superseded';

/** The verdict on one record of `review.approvals`, in the same order. */
export interface ReviewRecordVerdict {
  /** Index in `review.approvals`. */
  index: number;
  record: ApprovalRecord;
  /** An approval that counts, or a request for changes that stands. */
  effective: boolean;
  /** Every reason it does not take effect, most telling first; empty when `effective`. */
  reasons: IneffectiveReason[];
  /** The verdict in plain words: "sam's approval was for an earlier version". */
  message: string;
}

/** Whether a playbook is approved, and why (spec section 8). */
export interface ApprovalStatus {
  approved: boolean;
  /** `governance.requiredApprovals`. */
  required: number;
  /** Approvals that count. */
  counting: number;
  /** The hash the records were judged against. */
  contentHash: string;
  verdicts: ReviewRecordVerdict[];
  /** Indexes (in `review.approvals`) of the requests for changes that stand. */
  standingRequests: number[];
  /** One sentence: "Not approved: 1 of 2 approvals; sam's approval was for an earlier version." */
  summary: string;
}

/**
 * Judges `review.approvals` against the current content hash (spec section 8).
 *
 * A record (approval or request for changes) is made by a *counting reviewer* when its reviewer is
 * not `metadata.author` (compared trimmed, case-insensitively) and its role is one of
 * `governance.approverRoles` (any role when that list is empty): the same test an approval passes.
 * Only records for `currentHash` take effect, and of those only each reviewer's latest (by `at`,
 * ties broken by list order): a reviewer who approves after requesting changes withdraws the
 * request, and one who requests changes after approving withdraws the approval. The playbook is
 * approved when at least `requiredApprovals` approvals count and no request for changes stands.
 * Pass the hash from `contentHash(playbook)`; this function itself is synchronous.
 */
export function approvalStatus(playbook: Playbook, currentHash: string): ApprovalStatus {
  const records = playbook.review.approvals;
  const author = normalizeName(playbook.metadata.author ?? '');
  const allowedRoles = playbook.governance.approverRoles;

  // 1. Identity and version: reasons that do not depend on other records.
  const reasons = records.map((record) => {
    const found: IneffectiveReason[] = [];
    if (record.contentHash !== currentHash) found.push('earlier-version');
    if (author !== '' && normalizeName(record.reviewer) === author) found.push('author');
    if (allowedRoles.length > 0 && !allowedRoles.includes(record.role)) found.push('role-not-allowed');
    return found;
  });

  // 2. Each counting reviewer's latest decision on this version supersedes their earlier ones.
  const latestByReviewer = new Map<string, number>();
  records.forEach((record, index) => {
    if (reasons[index]!.length > 0) return;
    const reviewer = normalizeName(record.reviewer);
    const previous = latestByReviewer.get(reviewer);
    if (previous === undefined || !isBefore(record, records[previous]!))
      latestByReviewer.set(reviewer, index);
  });
  records.forEach((record, index) => {
    const own = reasons[index]!;
    if (own.length === 0 && latestByReviewer.get(normalizeName(record.reviewer)) !== index)
      own.push('superseded');
  });

  // 3. Count, and put it in words.
  const verdicts = records.map((record, index) => {
    const own = reasons[index]!;
    return {
      index,
      record,
      effective: own.length === 0,
      reasons: own,
      message: describeVerdict(record, own, allowedRoles),
    };
  });
  const counting = verdicts.filter((v) => v.effective && v.record.decision === 'approved').length;
  const standingRequests = verdicts
    .filter((v) => v.effective && v.record.decision === 'changes-requested')
    .map((v) => v.index);
  const required = playbook.governance.requiredApprovals;
  const approved = counting >= required && standingRequests.length === 0;
  return {
    approved,
    required,
    counting,
    contentHash: currentHash,
    verdicts,
    standingRequests,
    summary: describeStatus({ approved, required, counting, verdicts }),
  };
}

/** Reviewer names are typed by hand in the "acting as" profile: "Sam " and "sam" are one person. */
function normalizeName(name: string): string {
  return name.trim().toLowerCase();
}

/** Strictly earlier by time; records at the same instant keep list order (the later one wins). */
function isBefore(record: ApprovalRecord, other: ApprovalRecord): boolean {
  return Date.parse(record.at) < Date.parse(other.at);
}
