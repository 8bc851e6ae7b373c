import { contentHash } from '../review/contentHash';
import { sha256Hex } from '../review/sha256';
import { loadDocumentText } from './loadRecord';
import type { PlaybookRecord } from './records';
import {
  AbortWith,
  auditHead,
  prepareAuditEntry,
  type RepositoryContext,
  withAuditRetry,
} from './repositoryContext';
import { notFound, ok, type Result } from './storageError';

/**
 * The content hash an audit entry about a stored row names: the summary's when it has one, else
 * the document's; a damaged row (no playbook to hash) is named by the hash of its stored text.
 */
async function rowHash(row: PlaybookRecord): Promise<string> {
  if (row.summary?.contentHash) return row.summary.contentHash;
  const loaded = loadDocumentText(row.documentText);
  if (loaded.status === 'ok') return contentHash(loaded.playbook);
  return sha256Hex(row.documentText);
}

/** Appends one lifecycle entry ('deleted' / 'undeleted') while moving the row in or out of the trash. */
async function moveRow(
  ctx: RepositoryContext,
  id: string,
  actor: string,
  action: 'deleted' | 'undeleted',
): Promise<string> {
  const { db } = ctx;
  const before = await db.playbooks.get(id);
  if (before === undefined) throw new AbortWith(notFound(id));
  const at = ctx.now();
  const entry = await prepareAuditEntry(db, id, {
    at,
    actor: actor || 'anonymous',
    action,
    contentHash: await rowHash(before),
    detail: action === 'deleted' ? `Moved "${before.name}" to the trash` : 'Restored from the trash',
  });
  await db.transaction('rw', db.playbooks, db.audit, async () => {
    const stored = await db.playbooks.get(id);
    if (stored === undefined) throw new AbortWith(notFound(id));
    if (action === 'deleted') await db.playbooks.put({ ...stored, deletedAt: at });
    else {
      const { deletedAt: _deletedAt, ...kept } = stored;
      await db.playbooks.put(kept);
    }
    await db.audit.add(entry);
  });
  return at;
}

/** Soft delete, logged 'deleted': the row stays in the trash until {@link purgeTrash}. */
export function deletePlaybook(
  ctx: RepositoryContext,
  id: string,
  input: { actor?: string } = {},
): Promise<Result<{ deletedAt: string }>> {
  return ctx.run(() =>
    withAuditRetry(async () => ok({ deletedAt: await moveRow(ctx, id, input.actor ?? '', 'deleted') })),
  );
}

/** Undo delete / Restore from the trash, logged 'undeleted'. */
export function undoDelete(
  ctx: RepositoryContext,
  id: string,
  input: { actor?: string } = {},
): Promise<Result<{ restoredAt: string }>> {
  return ctx.run(() =>
    withAuditRetry(async () => ok({ restoredAt: await moveRow(ctx, id, input.actor ?? '', 'undeleted') })),
  );
}

/**
 * Removes trash past retention: the document and its saved versions go, one transaction. The audit
 * log stays, ending in its 'deleted' entry, with a tombstone naming the playbook, so the history of
 * what was deleted, by whom and when still verifies after the content is gone.
 */
export async function purgeTrash(ctx: RepositoryContext): Promise<Result<{ purged: string[] }>> {
  const { db } = ctx;
  return ctx.run(() =>
    db.transaction('rw', [db.playbooks, db.revisions, db.audit, db.tombstones], async () => {
      const cutoff = ctx.nowMs() - ctx.trashRetentionMs;
      const expired = await db.playbooks
        .filter((row) => typeof row.deletedAt === 'string' && Date.parse(row.deletedAt) <= cutoff)
        .toArray();
      for (const row of expired) {
        const head = await auditHead(db, row.id);
        await db.tombstones.put({
          playbookId: row.id,
          name: row.name,
          deletedAt: row.deletedAt ?? '',
          purgedAt: ctx.now(),
          ...(head ? { lastAuditHash: head.hash } : {}),
        });
        await db.revisions.where('playbookId').equals(row.id).delete();
        await db.playbooks.delete(row.id);
      }
      return ok({ purged: expired.map((row) => row.id) });
    }),
  );
}
