import type { ApprovalRecord, Playbook } from '../domain/types';
import type { AuditEntry, AuditVerification } from '../review/auditLog';
import type { LibraryEntry, LoadedRevision, OpenedPlaybook, StoredPlaybook } from './loadRecord';
import type { PeekedPlaybook } from './quickRead';
import type { RevisionRecord } from './records';
import type { DraftHints } from './repositoryContext';
import type { Result } from './storageError';

/** A draft write that reached the disk. `version` is the `expectedVersion` of the next write. */
export interface DraftSaved {
  id: string;
  version: number;
  updatedAt: string;
}

/** "Save version" done: the document with its raised `revision`, now the draft. */
export interface VersionSaved extends DraftSaved {
  revision: number;
  playbook: Playbook;
  contentHash: string;
}

/** A revision restored as the new draft; `previousDocument` is what undo puts back. */
export interface RevisionRestored extends DraftSaved {
  restoredRevision: number;
  playbook: Playbook;
  previousDocumentText: string;
}

/** The history list shows this; the document is read with `getRevision`. */
export type RevisionSummary = Omit<RevisionRecord, 'documentText'>;

export interface SaveVersionInput {
  document: Playbook;
  expectedVersion: number;
  message: string;
  author: string;
}

/**
 * What the UI uses to store playbooks. Every method resolves to a {@link Result}; storage failures
 * (quota, blocked or missing IndexedDB, another tab's write) are error values, never exceptions.
 * Every write is one IndexedDB transaction: it is stored whole or not at all.
 */
export interface PlaybookRepository {
  /** The library: every playbook not in the trash, newest first, damaged ones included. */
  list(): Promise<Result<LibraryEntry[]>>;
  /** Deleted playbooks still within the retention period, newest deletion first. */
  listTrash(): Promise<Result<LibraryEntry[]>>;
  /** One playbook, opened (migrate → parse) or quarantined as damaged. */
  get(id: string): Promise<Result<StoredPlaybook>>;
  /**
   * One playbook read for drawing at once: when its row vouches for it, without the full read,
   * which `verify` then runs (issue 20, open fast); otherwise the full read, `verify` null.
   */
  peek(id: string): Promise<Result<PeekedPlaybook>>;
  /** The stored text exactly as it is, for "Download raw JSON" (works for damaged rows too). */
  getRawJson(id: string): Promise<Result<string>>;
  /** A new library entry for a document (new blank, new from template), logged 'created'. */
  create(document: Playbook, input?: { actor?: string; detail?: string }): Promise<Result<OpenedPlaybook>>;
  /**
   * Writes the draft if the stored version is still `expectedVersion`; otherwise a `conflict`
   * error: another tab wrote since this one read, and nothing is overwritten.
   */
  saveDraft(
    id: string,
    document: Playbook,
    expectedVersion: number,
    hints?: DraftHints,
  ): Promise<Result<DraftSaved>>;
  /** Draft + immutable revision + audit entry ('saved-version'), in one transaction. */
  saveVersion(id: string, input: SaveVersionInput): Promise<Result<VersionSaved>>;
  /** Saved versions, newest first. */
  listRevisions(id: string): Promise<Result<RevisionSummary[]>>;
  getRevision(id: string, revision: number): Promise<Result<LoadedRevision>>;
  /** Makes a saved version the draft (version-checked) and logs 'restored'. */
  restoreRevision(
    id: string,
    revision: number,
    input: { expectedVersion: number; actor: string },
  ): Promise<Result<RevisionRestored>>;
  /** Parses a file's text (migrate → parse) and stores it as a new entry, logged 'imported'. */
  importPlaybook(text: string, input: { actor: string; fileName?: string }): Promise<Result<OpenedPlaybook>>;
  /** Moves to the trash (soft delete), logged 'deleted'; {@link undoDelete} brings it back. */
  delete(id: string, input?: { actor?: string }): Promise<Result<{ deletedAt: string }>>;
  /** Back from the trash (undo, or Restore in the Trash), logged 'undeleted'. */
  undoDelete(id: string, input?: { actor?: string }): Promise<Result<{ restoredAt: string }>>;
  /**
   * Removes trash older than the retention period with its revisions; the audit log stays, with a
   * tombstone, so a deleted playbook's history still verifies.
   */
  purgeTrash(): Promise<Result<{ purged: string[] }>>;
  /**
   * A new entry copied from `id`: its stored draft, or `document` when given (a stale tab keeping
   * its own edits as a copy, "keep both").
   */
  fork(
    id: string,
    options?: { document?: Playbook; name?: string; actor?: string },
  ): Promise<Result<OpenedPlaybook>>;
  /**
   * Approve or request changes: the draft (`document`, holding `record` in `review.approvals`)
   * and the audit entry ('approved' / 'changes-requested') in one version-checked transaction.
   */
  recordReview(
    id: string,
    input: { document: Playbook; expectedVersion: number; record: ApprovalRecord },
  ): Promise<Result<DraftSaved>>;
  /**
   * Logs an export ('exported', `format` as its detail) of `document`, or of the stored draft;
   * `null` when the stored draft is damaged (its raw download is a recovery, not logged).
   */
  logExport(
    id: string,
    input: { actor: string; format: string; document?: Playbook },
  ): Promise<Result<AuditEntry | null>>;
  auditLog(id: string): Promise<Result<AuditEntry[]>>;
  verifyAudit(id: string): Promise<Result<AuditVerification>>;
}
