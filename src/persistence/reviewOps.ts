import type { ApprovalRecord, Playbook } from '../domain/types';
import type { AuditEntry } from '../review/auditLog';
import { contentHash } from '../review/contentHash';
import { draftForWrite, getStored, nextDraft } from './draftOps';
import {
  AbortWith,
  prepareAuditEntry,
  prepareDraft,
  type RepositoryContext,
  withAuditRetry,
} from './repositoryContext';
import type { DraftSaved } from './repositoryTypes';
import { notFound, ok, type Result } from './storageError';

/**
 * Records an approval or a request for changes: writes `document` (which already holds `record`
 * in `review.approvals`) as the draft and appends the matching audit entry ('approved' or
 * 'changes-requested'), in one transaction, version-checked like every draft write.
 */
export async function recordReview(
  ctx: RepositoryContext,
  id: string,
  input: { document: Playbook; expectedVersion: number; record: ApprovalRecord },
): Promise<Result<DraftSaved>> {
  const { db } = ctx;
  const { document, expectedVersion, record } = input;
  return ctx.run(() =>
    withAuditRetry(async () => {
      const prepared = await prepareDraft(ctx, document, {});
      const entry = await prepareAuditEntry(db, id, {
        at: record.at,
        actor: record.reviewer,
        action: record.decision,
        contentHash: record.contentHash,
        ...(record.comment ? { detail: record.comment } : {}),
      });
      return db.transaction('rw', db.playbooks, db.audit, async () => {
        const stored = await draftForWrite(ctx, id, expectedVersion);
        const updatedAt = ctx.now();
        const next = nextDraft(ctx, stored, document, prepared, updatedAt);
        await db.playbooks.put(next);
        await db.audit.add(entry);
        return ok({ id, version: next.version, updatedAt });
      });
    }),
  );
}

/**
 * Logs an export ('exported', with the format in `detail`) of `document`, or of the stored draft
 * when none is given. A damaged draft has no content hash: its raw download is a recovery, not an
 * export of a playbook, and is not logged (resolves to `null`).
 */
export async function logExport(
  ctx: RepositoryContext,
  id: string,
  input: { actor: string; format: string; document?: Playbook },
): Promise<Result<AuditEntry | null>> {
  const { db } = ctx;
  let document = input.document;
  if (document === undefined) {
    const stored = await getStored(ctx, id);
    if (!stored.ok) return stored;
    if (stored.value.status === 'damaged') return ok(null);
    document = stored.value.playbook;
  }
  const hash = await contentHash(document);
  return ctx.run(() =>
    withAuditRetry(async () => {
      const entry = await prepareAuditEntry(db, id, {
        at: ctx.now(),
        actor: input.actor,
        action: 'exported',
        contentHash: hash,
        detail: input.format,
      });
      return db.transaction('rw', db.playbooks, db.audit, async () => {
        if ((await db.playbooks.get(id)) === undefined) throw new AbortWith(notFound(id));
        await db.audit.add(entry);
        const { playbookId: _playbookId, ...logged } = entry;
        return ok(logged);
      });
    }),
  );
}
