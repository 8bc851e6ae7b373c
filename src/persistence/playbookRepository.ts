import { verifyAuditChain } from '../review/auditLog';
import type { RollbookDatabase } from './database';
import { getRawJson, getStored, listEntries, peekStored, saveDraft } from './draftOps';
import { createPlaybook, forkPlaybook, importPlaybook } from './lifecycleOps';
import { auditChain, createContext, type RepositoryOptions } from './repositoryContext';
import type { PlaybookRepository } from './repositoryTypes';
import { logExport, recordReview } from './reviewOps';
import { getRevision, listRevisions, restoreRevision, saveVersion } from './revisionOps';
import { ok } from './storageError';
import { deletePlaybook, purgeTrash, undoDelete } from './trashOps';

/**
 * The repository over a Rollbook database. The app makes one per tab:
 *
 * @example
 * const repository = createPlaybookRepository(new RollbookDatabase(), { tabId: crypto.randomUUID() });
 * const library = await repository.list(); // { ok: true, value: [...] } or { ok: false, error }
 */
export function createPlaybookRepository(
  db: RollbookDatabase,
  options: RepositoryOptions = {},
): PlaybookRepository {
  const ctx = createContext(db, options);
  return {
    list: () => listEntries(ctx, false),
    listTrash: () => listEntries(ctx, true),
    get: (id) => getStored(ctx, id),
    peek: (id) => peekStored(ctx, id),
    getRawJson: (id) => getRawJson(ctx, id),
    create: (document, input) => createPlaybook(ctx, document, input),
    saveDraft: (id, document, expectedVersion, hints) => saveDraft(ctx, id, document, expectedVersion, hints),
    saveVersion: (id, input) => saveVersion(ctx, id, input),
    listRevisions: (id) => listRevisions(ctx, id),
    getRevision: (id, revision) => getRevision(ctx, id, revision),
    restoreRevision: (id, revision, input) => restoreRevision(ctx, id, revision, input),
    importPlaybook: (text, input) => importPlaybook(ctx, text, input),
    delete: (id, input) => deletePlaybook(ctx, id, input),
    undoDelete: (id, input) => undoDelete(ctx, id, input),
    purgeTrash: () => purgeTrash(ctx),
    fork: (id, forkOptions) => forkPlaybook(ctx, id, forkOptions),
    recordReview: (id, input) => recordReview(ctx, id, input),
    logExport: (id, input) => logExport(ctx, id, input),
    auditLog: (id) => ctx.run(async () => ok(await auditChain(db, id))),
    verifyAudit: (id) => ctx.run(async () => ok(await verifyAuditChain(await auditChain(db, id)))),
  };
}
