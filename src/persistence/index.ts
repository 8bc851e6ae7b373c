/**
 * Persistence (issue 7): the Dexie repository of playbooks, revisions and audit log; autosave;
 * two-tab coordination; share links; the browser's storage manager. See docs/persistence.md.
 */
export {
  type AutosaveClock,
  type AutosaveController,
  createAutosave,
  type SaveStatus,
  systemClock,
} from './autosave';
export { RollbookDatabase } from './database';
export { DATABASE_NAME } from './databaseName';
export { createDraftWriter, type DraftWriter } from './draftWriter';
export type {
  DamagedItem,
  LibraryEntry,
  LibraryItem,
  LoadedDocument,
  LoadedRevision,
  OpenedPlaybook,
  StoredPlaybook,
} from './loadRecord';
export { loadDocumentText } from './loadRecord';
export { createPlaybookRepository } from './playbookRepository';
export type { PeekedPlaybook } from './quickRead';
export type {
  AuditRecord,
  PlaybookRecord,
  PlaybookSummary,
  RevisionRecord,
  SigningKeyRecord,
  TeamFileRecord,
  TombstoneRecord,
} from './records';
export { type LintSummarizer, type RepositoryOptions, THIRTY_DAYS_MS } from './repositoryContext';
export type {
  DraftSaved,
  PlaybookRepository,
  RevisionRestored,
  RevisionSummary,
  SaveVersionInput,
  VersionSaved,
} from './repositoryTypes';
export {
  createReviewIdentityStore,
  LIBRARY_TEAM_SCOPE,
  type ReviewIdentityStore,
} from './reviewIdentityStore';
export { dropsReviewRecords, mergeReviews } from './reviewRecords';
export type { RepositoryError, RepositoryErrorKind, Result } from './storageError';
export {
  formatBytes,
  type PersistenceState,
  readStorageUsage,
  requestPersistentStorage,
  type StorageManagerLike,
  type StorageUsage,
} from './storageManager';
export {
  CONFLICT_CHOICES,
  type ConflictChoice,
  type ConflictContext,
  type ConflictResolution,
  decideOnRemoteDelete,
  decideOnRemoteSave,
  decideOnWriteConflict,
  resolveConflict,
  type TabDecision,
  type TabState,
} from './tabConflict';
export { createMemoryChannelHub, createTabCoordinator, type TabCoordinator } from './tabCoordinator';
export { type ChannelLike, TAB_CHANNEL_NAME, type TabMessage } from './tabMessages';
