/**
 * Review and governance, pure (issues 8 and 16): the content hash approvals are bound to, the
 * approval status, signed decisions and the team file, the semantic diff between two versions, and
 * the audit log's hash chain.
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
export {
  checkDecisionSignatures,
  type SignatureReason,
  type TeamVerification,
} from './decisionSignatures';
export { diffPlaybooks, isEmptyDiff } from './diff/diffPlaybooks';
export type { FieldChange } from './diff/fieldDiff';
export type { ElementChange, PlaybookDiff, RiskChange, RiskKind, TopLevelChange } from './diff/types';
export { RISK_KINDS } from './diff/types';
export {
  checkIncomingDecision,
  type IncomingDecisionResult,
  type IncomingRefusal,
} from './incomingDecision';
export { reviewStatus } from './reviewStatus';
export { SHA256_PREFIX, sha256Hex } from './sha256';
export { type DecisionInput, type SignedDecisionResult, signedDecisionFor } from './signedDecision';
export {
  type EcPublicKey,
  jwkThumbprint,
  type PrivateJwk,
  PrivateJwkSchema,
  type PublicJwk,
  PublicJwkSchema,
} from './signing/jwk';
export {
  exportPrivateJwk,
  generateSigningKey,
  importSigningKey,
  type SigningKey,
} from './signing/keys';
export { signDecision, signedBytes, type UnsignedDecision } from './signing/signDecision';
export type { CryptoKeyHandle } from './signing/webCrypto';
export { checkTeamKeys, parseTeamFile, readTeamFile, type TeamParseResult } from './team/parseTeam';
export { teamJsonSchema } from './team/teamJsonSchema';
export {
  type TeamFile,
  TeamFileSchema,
  type TeamPerson,
  teamEntry,
} from './team/teamSchema';
