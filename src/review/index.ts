/**
 * Review and governance, pure (issue 8): the content hash approvals are bound to, the approval
 * status, the semantic diff between two versions, and the audit log's hash chain.
 */
export {
  type ApprovalStatus,
  approvalStatus,
  type IneffectiveReason,
  type ReviewRecordVerdict,
} from './approvalStatus';
export {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEntry,
  type AuditVerification,
  appendAuditEntry,
  auditEntryHash,
  createAuditEntry,
  GENESIS_HASH,
  type NewAuditEntry,
  verifyAuditChain,
} from './auditLog';
export { canonicalJson } from './canonicalJson';
export { canonicalContent, contentHash, hashedContent } from './contentHash';
export { diffPlaybooks, isEmptyDiff } from './diff/diffPlaybooks';
export type { FieldChange } from './diff/fieldDiff';
export type { ElementChange, PlaybookDiff, RiskChange, RiskKind, TopLevelChange } from './diff/types';
export { RISK_KINDS } from './diff/types';
export { reviewStatus } from './reviewStatus';
export { SHA256_PREFIX, sha256Hex } from './sha256';
