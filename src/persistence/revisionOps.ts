import { Dexie } from 'dexie';
import type { Playbook } from '../domain/types';
import { draftForWrite, getStored, nextDraft } from './draftOps';
import { type LoadedRevision, loadRevisionRecord } from './loadRecord';
import type { RevisionRecord } from './records';
import {
  prepareAuditEntry,
  prepareDocument,
  type RepositoryContext,
  withAuditRetry,
} from './repositoryContext';
import type { RevisionRestored, RevisionSummary, SaveVersionInput, VersionSaved } from './repositoryTypes';
import { mergeReviews } from './reviewRecords';
import { damaged, notFound, ok, type Result } from './storageError';

function revisionsOf(ctx: RepositoryContext, id: string) {
  return ctx.db.revisions.where('[playbookId+revision]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
}

/**
 * "Save version": the document with `revision` raised becomes the draft, an immutable revision and
 * a 'saved-version' audit entry are added, all in one transaction. The first saved version of a
 * playbook keeps the document's own revision number; each later one is the last saved + 1.
 */
export async function saveVersion(
  ctx: RepositoryContext,
  id: string,
  input: SaveVersionInput,
): Promise<Result<VersionSaved>> {
  const { db } = ctx;
  return ctx.run(() =>
    withAuditRetry(async () => {
      const latest = await revisionsOf(ctx, id).last();
      const revision = latest ? latest.revision + 1 : input.document.revision;
      const document: Playbook = { ...input.document, revision };
      const prepared = await prepareDocument(ctx, document);
      const savedAt = ctx.now();
      const message = input.message.trim() || 'Saved version';
      const entry = await prepareAuditEntry(db, id, {
        at: savedAt,
        actor: input.author,
        action: 'saved-version',
        contentHash: prepared.contentHash,
        detail: `Revision ${revision}: ${message}`,
      });
      return db.transaction('rw', db.playbooks, db.revisions, db.audit, async () => {
        const stored = await draftForWrite(ctx, id, input.expectedVersion);
        const next = nextDraft(ctx, stored, document, prepared, savedAt);
        await db.playbooks.put(next);
        // `add`, never `put`: a revision number is written once; a second write of it fails.
        await db.revisions.add({
          playbookId: id,
          revision,
          savedAt,
          author: input.author,
          message,
          documentText: prepared.text,
          contentHash: prepared.contentHash,
        });
        await db.audit.add(entry);
        return ok({
          id,
          version: next.version,
          updatedAt: savedAt,
          revision,
          playbook: document,
          contentHash: prepared.contentHash,
        });
      });
    }),
  );
}

export async function listRevisions(ctx: RepositoryContext, id: string): Promise<Result<RevisionSummary[]>> {
  return ctx.run(async () => {
    const rows = await revisionsOf(ctx, id).reverse().toArray();
    return ok(rows.map(({ documentText: _text, ...summary }) => summary));
  });
}

export async function getRevision(
  ctx: RepositoryContext,
  id: string,
  revision: number,
): Promise<Result<LoadedRevision>> {
  return ctx.run(async () => {
    const row: RevisionRecord | undefined = await ctx.db.revisions.get([id, revision]);
    if (row === undefined) {
      return {
        ok: false,
        error: {
          ...notFound(id),
          reason: 'revision not found',
          message: `Revision ${revision} is not saved.`,
        },
      };
    }
    return ok(loadRevisionRecord(row));
  });
}

/**
 * Makes a saved version the draft, version-checked like any draft write, and logs 'restored'.
 * The previous draft text is returned so the UI can undo by writing it back.
 */
export async function restoreRevision(
  ctx: RepositoryContext,
  id: string,
  revision: number,
  input: { expectedVersion: number; actor: string },
): Promise<Result<RevisionRestored>> {
  const { db } = ctx;
  return ctx.run(() =>
    withAuditRetry(async () => {
      const loaded = await getRevision(ctx, id, revision);
      if (!loaded.ok) return loaded;
      if (loaded.value.status === 'damaged') return { ok: false, error: damaged(id) };
      // Review records are facts logged in the audit trail, not content: restoring an older
      // version keeps every approval and request the current draft holds (they still name the
      // hash they were made for, so an approval of other content does not count).
      const current = await getStored(ctx, id);
      const currentReview =
        current.ok && current.value.status === 'ok' ? current.value.playbook.review : undefined;
      const restoredDocument = loaded.value.playbook;
      const document: Playbook = currentReview
        ? { ...restoredDocument, review: mergeReviews(restoredDocument.review, currentReview) }
        : restoredDocument;
      const prepared = await prepareDocument(ctx, document);
      const at = ctx.now();
      const entry = await prepareAuditEntry(db, id, {
        at,
        actor: input.actor,
        action: 'restored',
        contentHash: prepared.contentHash,
        detail: `Restored revision ${revision} as the draft`,
      });
      return db.transaction('rw', db.playbooks, db.audit, async () => {
        const stored = await draftForWrite(ctx, id, input.expectedVersion);
        const next = nextDraft(ctx, stored, document, prepared, at);
        await db.playbooks.put(next);
        await db.audit.add(entry);
        return ok({
          id,
          version: next.version,
          updatedAt: at,
          restoredRevision: revision,
          playbook: document,
          previousDocumentText: stored.documentText,
        });
      });
    }),
  );
}
