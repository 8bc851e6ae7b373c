import { blankPlaybook } from '../commands/blankPlaybook';
import { fileSizeProblem } from '../domain/fileLimits';
import { parsePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import type { RepositoryError } from '../persistence';
import type { PlaybookTemplate } from '../templates';
import { downloadText } from './download';
import { libraryWrites, mutate, repository, tabs } from './persistenceContext';
import { actorName, profileStore } from './profileStore';

/** The result of one library action, for the status line: done (with the new id) or why not. */
export type LibraryOutcome = { ok: true; id: string; message: string } | { ok: false; message: string };

/** One file of an import: imported (with its new id) or refused with every error. */
export type ImportReport =
  | { file: string; ok: true; id: string; name: string; migrations: string[] }
  | { file: string; ok: false; message: string; errors: { path: string; message: string }[] };

const failure = (error: RepositoryError): LibraryOutcome => ({ ok: false, message: error.message });

/**
 * A new library entry (blank, template, shared link) through the `create` mutation, which marks
 * the lists stale; other tabs hear of it from the tab coordinator.
 */
async function createEntry(document: Playbook, message: string, detail?: string): Promise<LibraryOutcome> {
  const created = await mutate(libraryWrites.create(), {
    document,
    actor: actorName(),
    ...(detail ? { detail } : {}),
  });
  if (!created.ok) return failure(created.error);
  tabs.announceLibraryChanged();
  return { ok: true, id: created.value.id, message };
}

const today = () => `${new Date().toISOString().slice(0, 19)}Z`;

/** A new library entry: one trigger and one end, authored by whoever this browser is acting as. */
function newLibraryPlaybook(name: string): Playbook {
  const author = profileStore.getState().name;
  return blankPlaybook({
    name,
    metadata: { ...(author ? { author } : {}), createdAt: today() },
    withStartAndEnd: true,
  });
}

export function createBlank(): Promise<LibraryOutcome> {
  return createEntry(newLibraryPlaybook('Untitled playbook'), 'Created a blank playbook.', 'Blank playbook');
}

/** A template enters through the same parse path as an import; the copy is the user's own. */
export async function createFromTemplate(template: PlaybookTemplate): Promise<LibraryOutcome> {
  const parsed = parsePlaybook(template.json);
  if (!parsed.ok) return { ok: false, message: `The template "${template.name}" is invalid.` };
  const author = profileStore.getState().name;
  const document: Playbook = {
    ...parsed.playbook,
    metadata: { ...parsed.playbook.metadata, ...(author ? { author } : {}), createdAt: today() },
    review: { approvals: [] },
  };
  return createEntry(
    document,
    `Created "${document.name}" from a template.`,
    `From the template "${template.name}"`,
  );
}

/** Imports each file on its own: a bad file is reported and refused, the others still go in. */
export async function importFiles(files: readonly File[]): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const file of files) {
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge) {
      reports.push({
        file: file.name,
        ok: false,
        message: `${tooLarge}.`,
        errors: [{ path: '', message: tooLarge }],
      });
      continue;
    }
    const text = await file.text();
    const imported = await mutate(libraryWrites.importFile(), {
      text,
      actor: actorName(),
      fileName: file.name,
    });
    if (imported.ok) {
      reports.push({
        file: file.name,
        ok: true,
        id: imported.value.id,
        name: imported.value.name,
        migrations: imported.value.migrations,
      });
    } else {
      const { error } = imported;
      reports.push({
        file: file.name,
        ok: false,
        message: error.message,
        errors: error.kind === 'invalid' ? error.errors : [{ path: '', message: error.message }],
      });
    }
  }
  if (reports.some((report) => report.ok)) tabs.announceLibraryChanged();
  return reports;
}

export async function duplicatePlaybook(id: string): Promise<LibraryOutcome> {
  const copy = await mutate(libraryWrites.fork(), { id, actor: actorName() });
  if (!copy.ok) return failure(copy.error);
  tabs.announceLibraryChanged();
  return { ok: true, id: copy.value.id, message: `Duplicated as "${copy.value.name}".` };
}

/** Moves to the trash (kept 30 days); {@link undoDeletePlaybook} brings it back. */
export async function deletePlaybook(id: string): Promise<LibraryOutcome> {
  const deleted = await mutate(libraryWrites.remove(), { id, actor: actorName() });
  if (!deleted.ok) return failure(deleted.error);
  tabs.announceDeleted(id);
  tabs.announceLibraryChanged();
  return { ok: true, id, message: 'Moved to the trash.' };
}

export async function undoDeletePlaybook(id: string): Promise<LibraryOutcome> {
  const restored = await mutate(libraryWrites.undoRemove(), { id, actor: actorName() });
  if (!restored.ok) return failure(restored.error);
  tabs.announceLibraryChanged();
  return { ok: true, id, message: 'Restored from the trash.' };
}

/** Removes trash older than 30 days (its audit log stays); run when the library opens. */
export async function emptyExpiredTrash(): Promise<void> {
  const purged = await mutate(libraryWrites.purgeTrash(), undefined);
  if (purged.ok && purged.value.purged.length > 0) tabs.announceLibraryChanged();
}

/** Saves a shared playbook (from a link) as a new entry of this library. */
export function saveShared(document: Playbook): Promise<LibraryOutcome> {
  return createEntry(document, `Saved "${document.name}" to your library.`, 'Saved from a share link');
}

/**
 * "Download JSON" / "Download raw JSON" of a library entry: the stored text exactly as it is. A
 * readable entry's download is an export and is logged as one ('exported', "json (library
 * download)"); a damaged entry's raw text is a recovery and is not (it has no content hash).
 */
export async function downloadRawJson(id: string, name: string): Promise<string | null> {
  const raw = await repository.getRawJson(id);
  if (!raw.ok) return raw.error.message;
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'playbook';
  const logged = await mutate(libraryWrites.logExport(), {
    id,
    actor: actorName(),
    format: 'json (library download)',
  });
  downloadText(
    raw.value,
    logged.ok && logged.value !== null ? `${safe}.json` : `${safe}.raw.json`,
    'application/json',
  );
  return null;
}

/**
 * Logs an export of the open playbook's document as it is now (the designer's Export JSON and the
 * export dialog can call this with the target's name): the audit log then holds every export.
 */
export async function recordExport(id: string, document: Playbook, format: string): Promise<void> {
  await mutate(libraryWrites.logExport(), { id, actor: actorName(), format, document });
}
