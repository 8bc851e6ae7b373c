import { CURRENT_SCHEMA_VERSION } from '../domain/schema/playbook';
import type { Playbook } from '../domain/types';
import { type LibraryEntry, loadPlaybookRecord, type StoredPlaybook } from './loadRecord';
import { type PeekedPlaybook, peekPlaybookRecord } from './quickRead';
import type { PlaybookRecord } from './records';
import {
  AbortWith,
  type DraftHints,
  type PreparedDocument,
  prepareDraft,
  type RepositoryContext,
} from './repositoryContext';
import type { DraftSaved } from './repositoryTypes';
import { conflict, damaged, notFound, ok, type Result } from './storageError';

/**
 * Every row, read through the quarantine (damaged rows listed, never dropped). A row whose own
 * summary vouches for it is listed from the quick read, as the designer draws it
 * (`quickRead.ts`): the list shows no document, and the full read of every row (zod, references,
 * CEL) made a library of large playbooks slow to list. Opening a row still runs the full read.
 */
export async function listEntries(ctx: RepositoryContext, inTrash: boolean): Promise<Result<LibraryEntry[]>> {
  return ctx.run(async () => {
    const rows: unknown[] = await ctx.db.playbooks.toArray();
    const entries = rows
      .map((row, index) => toEntry(peekPlaybookRecord(row, `unreadable-${index}`).stored))
      .filter((entry) => (entry.deletedAt !== undefined) === inTrash)
      .filter((entry) => !inTrash || ctx.nowMs() - Date.parse(entry.deletedAt ?? '') < ctx.trashRetentionMs);
    const order = (entry: LibraryEntry) => (inTrash ? entry.deletedAt : entry.updatedAt) ?? '';
    entries.sort((a, b) => order(b).localeCompare(order(a)));
    return ok(entries);
  });
}

/** The list holds no documents: a library of large playbooks stays light in the query cache. */
function toEntry(stored: StoredPlaybook): LibraryEntry {
  if (stored.status === 'damaged') return stored;
  const { playbook: _playbook, problems: _problems, migrations: _migrations, ...item } = stored;
  return item;
}

export async function getStored(ctx: RepositoryContext, id: string): Promise<Result<StoredPlaybook>> {
  return ctx.run(async () => {
    const row: unknown = await ctx.db.playbooks.get(id);
    if (row === undefined) return { ok: false, error: notFound(id) };
    return ok(loadPlaybookRecord(row, id));
  });
}

/** One playbook read quickly for drawing, with its full read to follow (`persistence/quickRead.ts`). */
export async function peekStored(ctx: RepositoryContext, id: string): Promise<Result<PeekedPlaybook>> {
  return ctx.run(async () => {
    const row: unknown = await ctx.db.playbooks.get(id);
    if (row === undefined) return { ok: false, error: notFound(id) };
    return ok(peekPlaybookRecord(row, id));
  });
}

export async function getRawJson(ctx: RepositoryContext, id: string): Promise<Result<string>> {
  const stored = await getStored(ctx, id);
  if (!stored.ok) return stored;
  return ok(
    stored.value.status === 'damaged'
      ? stored.value.rawJson
      : ((await ctx.db.playbooks.get(id))?.documentText ?? ''),
  );
}

/** A row good enough to write over: a malformed one is kept for recovery, not overwritten. */
export function isWritable(row: PlaybookRecord | undefined): row is PlaybookRecord {
  return row !== undefined && typeof row.version === 'number' && typeof row.documentText === 'string';
}

export async function saveDraft(
  ctx: RepositoryContext,
  id: string,
  document: Playbook,
  expectedVersion: number,
  hints: DraftHints = {},
): Promise<Result<DraftSaved>> {
  return ctx.run(async () => {
    const prepared = await prepareDraft(ctx, document, hints);
    const { db } = ctx;
    return db.transaction('rw', db.playbooks, async () => {
      const stored = await draftForWrite(ctx, id, expectedVersion);
      const updatedAt = ctx.now();
      const next = nextDraft(ctx, stored, document, prepared, updatedAt);
      await db.playbooks.put(next);
      return ok({ id, version: next.version, updatedAt });
    });
  });
}

/** Reads the draft inside a write and refuses a stale writer or a row kept for recovery. */
export async function draftForWrite(ctx: RepositoryContext, id: string, expectedVersion: number) {
  const stored = await ctx.db.playbooks.get(id);
  if (stored === undefined) throw new AbortWith(notFound(id));
  if (!isWritable(stored)) throw new AbortWith(damaged(id));
  if (stored.version !== expectedVersion) {
    throw new AbortWith(conflict(stored.version, stored.lastWriter, stored.updatedAt));
  }
  return stored;
}

/** The draft row after a write of `document`: version raised, summary and text replaced. */
export function nextDraft(
  ctx: RepositoryContext,
  stored: PlaybookRecord,
  document: Playbook,
  prepared: PreparedDocument,
  updatedAt: string,
): PlaybookRecord {
  return {
    ...stored,
    name: document.name,
    documentText: prepared.text,
    revision: document.revision,
    version: stored.version + 1,
    updatedAt,
    lastWriter: ctx.tabId,
    summary: prepared.summary,
    ...keepPreMigrationText(stored),
  };
}

/**
 * The first save over a document stored in an older format keeps that older text alongside, so a
 * migration that turns out wrong never destroys the original.
 */
export function keepPreMigrationText(stored: PlaybookRecord): { preMigrationText?: string } {
  if (stored.preMigrationText !== undefined) return { preMigrationText: stored.preMigrationText };
  const version = storedSchemaVersion(stored.documentText);
  return version !== undefined && version < CURRENT_SCHEMA_VERSION
    ? { preMigrationText: stored.documentText }
    : {};
}

function storedSchemaVersion(text: string): number | undefined {
  // Rollbook writes "schemaVersion" as the second key; reading the head spares a full parse of a
  // large document on every autosave. Text in any other layout falls back to JSON.parse.
  const head = /^\{\s*"format"\s*:\s*"[^"]*"\s*,\s*"schemaVersion"\s*:\s*(\d+)/.exec(text.slice(0, 200));
  if (head) return Number(head[1]);
  try {
    const value: unknown = JSON.parse(text);
    const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
    return typeof version === 'number' ? version : undefined;
  } catch {
    return undefined;
  }
}
