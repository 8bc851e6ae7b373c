import type { ApprovalRecord, Playbook } from '../domain/types';
import { prepareAuditEntry, prepareDraft, type RepositoryContext, withAuditRetry } from './repositoryContext';
import type { DraftSaved } from './repositoryTypes';
import { draftForWrite, nextDraft } from './revisionOps';
import { ok, type Result } from './storageError';

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
