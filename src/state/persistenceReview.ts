import type { ApprovalRecord, Playbook } from '../domain/types';
import { isWritable, keepPreMigrationText } from '../persistence/draftOps';
import type { PlaybookRecord } from '../persistence/records';
import { AbortWith, prepareAuditEntry, prepareDraft, withAuditRetry } from '../persistence/repositoryContext';
import { conflict, notFound, ok, type Result } from '../persistence/storageError';
import { playbookKeys } from '../queries';
import { contentHash } from '../review';
import { documentStore } from './documentStore';
import { queryClient, repository, repositoryContext, tabs } from './persistenceContext';
import { applyStoredDocument, currentWiring, flushAutosave } from './persistenceSession';
import type { VersionOutcome } from './persistenceVersions';

export interface ReviewDecision {
  decision: ApprovalRecord['decision'];
  reviewer: string;
  role: string;
  comment: string;
}

/** "2025-07-02T10:00:00Z": the spec's timestamps have no milliseconds. */
const nowStamp = () => `${new Date().toISOString().slice(0, 19)}Z`;

/**
 * Writes the draft with a new review record and the matching audit entry ('approved' or
 * 'changes-requested') in one transaction, version-checked like every draft write.
 */
async function writeDecision(
  id: string,
  document: Playbook,
  expectedVersion: number,
  record: ApprovalRecord,
): Promise<Result<{ version: number; updatedAt: string }>> {
  const ctx = repositoryContext;
  const { db } = ctx;
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
        const stored = await db.playbooks.get(id);
        if (stored === undefined) throw new AbortWith(notFound(id));
        if (!isWritable(stored) || stored.version !== expectedVersion) {
          throw new AbortWith(conflict(stored.version, stored.lastWriter, stored.updatedAt));
        }
        const updatedAt = ctx.now();
        const next: PlaybookRecord = {
          ...stored,
          documentText: prepared.text,
          version: stored.version + 1,
          updatedAt,
          lastWriter: ctx.tabId,
          summary: prepared.summary,
          ...keepPreMigrationText(stored),
        };
        await db.playbooks.put(next);
        await db.audit.add(entry);
        return ok({ version: next.version, updatedAt });
      });
    }),
  );
}

/**
 * Approve or request changes on the open playbook as it is now. An approval also makes sure a
 * saved version with this exact content exists, so later reviews can diff against it.
 */
export async function recordDecision(input: ReviewDecision): Promise<VersionOutcome> {
  const wiring = currentWiring();
  if (!wiring) return { ok: false, message: 'No playbook is open.' };
  const status = await flushAutosave();
  if (status.kind === 'not-saved') return { ok: false, message: status.error.message };
  let document = documentStore.getState().document;
  const hash = await contentHash(document);
  if (input.decision === 'approved') {
    const revisions = await repository.listRevisions(wiring.id);
    if (!revisions.ok) return { ok: false, message: revisions.error.message };
    if (!revisions.value.some((revision) => revision.contentHash === hash)) {
      const saved = await repository.saveVersion(wiring.id, {
        document,
        expectedVersion: wiring.writer.version(),
        message: `Version approved by ${input.reviewer}`,
        author: input.reviewer,
      });
      if (!saved.ok) return { ok: false, message: saved.error.message };
      wiring.writer.adopt(saved.value.version);
      document = saved.value.playbook;
    }
  }
  const comment = input.comment.trim();
  const record: ApprovalRecord = {
    reviewer: input.reviewer,
    role: input.role,
    decision: input.decision,
    at: nowStamp(),
    contentHash: hash,
    ...(comment ? { comment } : {}),
  };
  const next: Playbook = { ...document, review: { approvals: [...document.review.approvals, record] } };
  const written = await writeDecision(wiring.id, next, wiring.writer.version(), record);
  if (!written.ok) return { ok: false, message: written.error.message };
  wiring.writer.adopt(written.value.version);
  applyStoredDocument(next, { keepHistory: true });
  tabs.announceSaved(wiring.id, written.value.version, written.value.updatedAt);
  await queryClient.invalidateQueries({ queryKey: playbookKeys.detail(wiring.id) });
  await queryClient.invalidateQueries({ queryKey: playbookKeys.lists() });
  return {
    ok: true,
    message: input.decision === 'approved' ? 'Approval recorded.' : 'Request for changes recorded.',
  };
}
