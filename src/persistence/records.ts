import type { AuditEntry } from '../review/auditLog';

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
