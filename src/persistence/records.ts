import type { AuditEntry } from '../review/auditLog';
import type { EcPublicKey } from '../review/signing/jwk';
import type { CryptoKeyHandle } from '../review/signing/webCrypto';

/**
 * What the library list shows about a playbook without opening it. Computed on every write from
 * the document being written, so the list never has to parse every playbook to draw itself.
 */
export interface PlaybookSummary {
  /** `parsePlaybook` accepted the document (schema and references). */
  valid: boolean;
  /** How many validation problems `parsePlaybook` reported (0 when valid). */
  problemCount: number;
  nodeCount: number;
  /**
   * The spec section 8 content hash of the document as written. Autosaved drafts without
   * approvals skip it (nothing to judge against it); saved versions always carry it.
   */
  contentHash?: string;
  /** Approval status (spec section 8) judged against `contentHash`. */
  approval: { approved: boolean; counting: number; required: number };
  /** Lint counts, when the app supplies a linter (src/analysis); absent otherwise. */
  lint?: { errors: number; warnings: number };
}

/**
 * The working draft of one playbook: the row the library lists and the designer opens. The
 * document is stored as JSON text, exactly what the designer would export, so a record that later
 * fails to load still has its raw JSON to hand to the user.
 */
export interface PlaybookRecord {
  /** Library id (not the document's own `id`: importing one file twice makes two entries). */
  id: string;
  name: string;
  documentText: string;
  /** The document's `revision` (the last saved version it derives from). */
  revision: number;
  /**
   * Write counter of this draft, raised by every successful write. A writer passes the version it
   * last read; a mismatch means another tab wrote in between (stale writer).
   */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Which tab wrote last, so a tab can tell its own saves from another's. */
  lastWriter: string;
  summary: PlaybookSummary;
  /** Set by delete: the record is in the trash until then + the retention period. */
  deletedAt?: string;
  /**
   * The document text as it was before a format migration was first saved over it, so a
   * migration that turns out wrong never destroys the original.
   */
  preMigrationText?: string;
}

/** An immutable saved version ("Save version"). Written with `add`, never updated. */
export interface RevisionRecord {
  playbookId: string;
  revision: number;
  savedAt: string;
  author: string;
  message: string;
  documentText: string;
  contentHash: string;
}

/** One audit-log entry (src/review's hash chain) stored under its playbook. */
export interface AuditRecord extends AuditEntry {
  playbookId: string;
}

/**
 * This browser's signing key (spec 8.1). `privateKey` is a non-extractable `CryptoKey`: it can
 * sign, and IndexedDB can store it, but it can never be read out, so a lost key is replaced.
 */
export interface SigningKeyRecord {
  id: 'profile';
  privateKey: CryptoKeyHandle;
  publicJwk: EcPublicKey;
  /** RFC 7638 thumbprint of `publicJwk`: the fingerprint shown in the profile. */
  kid: string;
  createdAt: string;
  /** The kid of the key this one replaced, so the profile can say which entry to keep. */
  replacedKid?: string;
}

/** A team file opened in the app, kept as the text the user gave (to download it unchanged). */
export interface TeamFileRecord {
  /** `'library'` for every playbook, or a playbook's library id for that playbook alone. */
  scope: string;
  text: string;
  fileName?: string;
  updatedAt: string;
}

/** What remains of a playbook purged from the trash: its audit log stays, ending in 'deleted'. */
export interface TombstoneRecord {
  playbookId: string;
  name: string;
  deletedAt: string;
  purgedAt: string;
  /** The hash of the last audit entry: the chain's head when the document was removed. */
  lastAuditHash?: string;
}
