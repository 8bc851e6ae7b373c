import type { ApprovalRecord, Playbook } from '../domain/types';
import { describeStatus, describeVerdict, describeVerification } from './approvalWording';
import type { SignatureReason, TeamVerification } from './decisionSignatures';

/**
 * Why a review record does not take effect. An approval that takes effect *counts*; a request for
 * changes that takes effect *stands*. In the order they are listed, most telling first:
 * - `earlier-version`: made for another content hash than the current one.
 * - `author`: the reviewer is `metadata.author`, who cannot review their own playbook.
 * - `role-not-allowed`: the role is not in `governance.approverRoles` (when that list is not empty).
 * - `no-approve-permission`: the playbook's `roles` define the role without the `approve` permission.
 * - `unsigned`, `unknown-key`, `bad-signature`, `role-not-held`: only with a team file (spec 8.1,
 *   see `SignatureReason`).
 * - `superseded`: the same reviewer made a later decision on this same version.
 */
export type IneffectiveReason =
  | 'earlier-version'
  | 'author'
  | 'role-not-allowed'
  | 'no-approve-permission'
  | SignatureReason
  | 'superseded';

/** The verdict on one record of `review.approvals`, in the same order. */
export interface ReviewRecordVerdict {
  /** Index in `review.approvals`. */
  index: number;
  record: ApprovalRecord;
  /** An approval that counts, or a request for changes that stands. */
  effective: boolean;
  /** Every reason it does not take effect, most telling first; empty when `effective`. */
  reasons: IneffectiveReason[];
  /** Checked against a team file and verified (spec 8.1); always false without a team file. */
  verified: boolean;
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
  /** Judged against a team file (spec 8.1): only verified decisions took effect. */
  verified: boolean;
  /**
   * One sentence on what the decisions are worth: "Decisions verified against the team file
   * "Payments operations"." or, without a team file, that they are unverified.
   */
  verification: string;
}

/**
 * Judges `review.approvals` against the current content hash (spec section 8, and 8.1 when given
 * the signature checks of a team file). The one place the approval rule lives: the library, the
 * review page, the runbook export and `rollbook review verify` all come here.
 *
 * A record (approval or request for changes) is made by a *counting reviewer* when its reviewer is
 * not `metadata.author` (compared trimmed, case-insensitively), its role is one of
 * `governance.approverRoles` (any role when that list is empty), and, where the playbook's `roles`
 * define that role, the role has the `approve` permission: the same test an approval passes. With
 * `team` (from `checkDecisionSignatures`), the record must also be verified, so an unsigned or
 * forged record neither counts nor withdraws its reviewer's real decision.
 * Only records for `currentHash` take effect, and of those only each reviewer's latest (by `at`,
 * ties broken by list order): a reviewer who approves after requesting changes withdraws the
 * request, and one who requests changes after approving withdraws the approval. The playbook is
 * approved when at least `requiredApprovals` approvals count and no request for changes stands.
 *
 * Synchronous, for places that render at once: pass the hash from `contentHash(playbook)`. Without
 * `team` the decisions are judged as section 8 alone and the status says they are unverified;
 * `reviewStatus(playbook, { team })` does the hashing and the signature checks in one call.
 */
export function approvalStatus(
  playbook: Playbook,
  currentHash: string,
  team?: TeamVerification,
): ApprovalStatus {
  const records = playbook.review.approvals;
  const author = normalizeName(playbook.metadata.author ?? '');
  const allowedRoles = playbook.governance.approverRoles;
  const withoutApprove = new Set(
    playbook.roles.filter((role) => !role.permissions.includes('approve')).map((role) => role.id),
  );

  // 1. Identity, version, permission and signature: reasons that do not depend on other records.
  const reasons = records.map((record, index) => {
    const found: IneffectiveReason[] = [];
    if (record.contentHash !== currentHash) found.push('earlier-version');
    if (author !== '' && normalizeName(record.reviewer) === author) found.push('author');
    if (allowedRoles.length > 0 && !allowedRoles.includes(record.role)) found.push('role-not-allowed');
    if (withoutApprove.has(record.role)) found.push('no-approve-permission');
    if (team) found.push(...(team.reasons[index] ?? ['unsigned']));
    return found;
  });
  const verified = records.map(
    (_, index) => team !== undefined && (team.reasons[index] ?? ['unsigned']).length === 0,
  );

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
      verified: verified[index]!,
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
    verified: team !== undefined,
    verification: describeVerification(team?.teamName, records.length),
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
