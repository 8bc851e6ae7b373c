import { parsePlaybookJson } from '../domain/parse';
import type { Playbook } from '../domain/types';
import { libraryItem, loadDocumentText, type OpenedPlaybook } from './loadRecord';
import type { PlaybookRecord } from './records';
import { prepareAuditEntry, prepareDocument, type RepositoryContext } from './repositoryContext';
import { damaged, invalid, notFound, ok, type Result } from './storageError';

function newRecord(
  ctx: RepositoryContext,
  document: Playbook,
  prepared: Awaited<ReturnType<typeof prepareDocument>>,
): PlaybookRecord {
  const at = ctx.now();
  return {
    id: ctx.newId(),
    name: document.name,
    documentText: prepared.text,
    revision: document.revision,
    version: 1,
    createdAt: at,
    updatedAt: at,
    lastWriter: ctx.tabId,
    summary: prepared.summary,
  };
}

function opened(record: PlaybookRecord, playbook: Playbook): OpenedPlaybook {
  return { ...libraryItem(record), playbook, problems: [], migrations: [] };
}

/** Who did it, and the words the audit log keeps beside the action. */
export interface LifecycleInput {
  actor?: string;
  detail?: string;
}

/**
 * New blank, from a template, from a share link, or a copy: a draft with no saved version yet,
 * logged 'created' (or 'forked' for a copy) so the audit log starts where the playbook did.
 */
export async function createPlaybook(
  ctx: RepositoryContext,
  document: Playbook,
  input: LifecycleInput & { action?: 'created' | 'forked' } = {},
): Promise<Result<OpenedPlaybook>> {
  const { db } = ctx;
  return ctx.run(async () => {
    const prepared = await prepareDocument(ctx, document);
    const record = newRecord(ctx, document, prepared);
    const entry = await prepareAuditEntry(db, record.id, {
      at: record.createdAt,
      actor: input.actor || 'anonymous',
      action: input.action ?? 'created',
      contentHash: prepared.contentHash,
      ...(input.detail ? { detail: input.detail } : {}),
    });
    await db.transaction('rw', db.playbooks, db.audit, async () => {
      await db.playbooks.add(record);
      await db.audit.add(entry);
    });
    return ok(opened(record, document));
  });
}

/**
 * Import: the file's text goes through the same parse path as everything that enters (migrate →
 * parse). A valid file becomes a new entry whose first revision is the file as imported, with an
 * 'imported' audit entry, in one transaction. An invalid file is refused with its errors.
 */
export async function importPlaybook(
  ctx: RepositoryContext,
  text: string,
  input: { actor: string; fileName?: string },
): Promise<Result<OpenedPlaybook>> {
  const parsed = parsePlaybookJson(text);
  if (!parsed.ok) return { ok: false, error: invalid(parsed.errors) };
  const document = parsed.playbook;
  const { db } = ctx;
  return ctx.run(async () => {
    const prepared = await prepareDocument(ctx, document);
    const record = newRecord(ctx, document, prepared);
    const source = input.fileName ? `Imported from ${input.fileName}` : 'Imported';
    const entry = await prepareAuditEntry(db, record.id, {
      at: record.createdAt,
      actor: input.actor,
      action: 'imported',
      contentHash: prepared.contentHash,
      detail: source,
    });
    await db.transaction('rw', db.playbooks, db.revisions, db.audit, async () => {
      await db.playbooks.add(record);
      await db.revisions.add({
        playbookId: record.id,
        revision: document.revision,
        savedAt: record.createdAt,
        author: input.actor,
        message: source,
        documentText: prepared.text,
        contentHash: prepared.contentHash,
      });
      await db.audit.add(entry);
    });
    return ok({ ...opened(record, document), migrations: parsed.migrations });
  });
}

/**
 * Duplicate / fork: a new entry from the stored draft of `id`, or from `document` when a stale tab
 * keeps its own edits as a copy ("keep both"). A fork starts its own history.
 */
export async function forkPlaybook(
  ctx: RepositoryContext,
  id: string,
  options: { document?: Playbook; name?: string; actor?: string } = {},
): Promise<Result<OpenedPlaybook>> {
  return ctx.run(async () => {
    let source = options.document;
    let from = source?.name;
    if (source === undefined) {
      const stored = await ctx.db.playbooks.get(id);
      if (stored === undefined) return { ok: false, error: notFound(id) };
      const loaded = loadDocumentText(stored.documentText);
      if (loaded.status === 'damaged') return { ok: false, error: damaged(id) };
      source = loaded.playbook;
      from = stored.name;
    }
    const name = (options.name ?? `${source.name} (copy)`).slice(0, 200);
    const document: Playbook = { ...source, name };
    return createPlaybook(ctx, document, {
      action: 'forked',
      ...(options.actor ? { actor: options.actor } : {}),
      detail: `Copy of "${from ?? source.name}"`,
    });
  });
}
