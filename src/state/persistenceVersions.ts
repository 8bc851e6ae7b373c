import type { ConflictChoice, RepositoryError } from '../persistence';
import { openPlaybookMutations } from '../queries';
import { dispatch, documentStore } from './documentStore';
import { mutate, repository, tabs } from './persistenceContext';
import { applyStoredDocument, currentWiring, flushAutosave, sessionStore } from './persistenceSession';
import { actorName, versionAuthor } from './profileStore';

/** What a version operation tells the UI: done (with a sentence) or why not. */
export type VersionOutcome = { ok: true; message: string } | { ok: false; message: string };

/** The writes of the open playbook, loaded with the designer rather than the library page. */
export const openPlaybookWrites = openPlaybookMutations(repository);

const failed = (error: RepositoryError): VersionOutcome => ({ ok: false, message: error.message });

/**
 * "Save version": pending edits first, then draft + immutable revision + audit entry in one
 * transaction. The document here takes the raised `revision` without a new undo step.
 */
export async function saveVersion(message: string): Promise<VersionOutcome> {
  const wiring = currentWiring();
  if (!wiring) return { ok: false, message: 'No playbook is open.' };
  const status = await flushAutosave();
  if (status.kind === 'not-saved') return { ok: false, message: status.error.message };
  const { document } = documentStore.getState();
  const saved = await mutate(openPlaybookWrites.saveVersion(), {
    id: wiring.id,
    document,
    expectedVersion: wiring.writer.version(),
    message,
    author: versionAuthor(document.metadata.author),
  });
  if (!saved.ok) return failed(saved.error);
  wiring.writer.adopt(saved.value.version);
  applyStoredDocument(saved.value.playbook, { keepHistory: true });
  tabs.announceSaved(wiring.id, saved.value.version, saved.value.updatedAt);
  return { ok: true, message: `Saved as revision ${saved.value.revision}.` };
}

/**
 * Makes a saved version the draft: the repository writes it and logs 'restored'; here it replaces
 * the document as one undo step, so Undo brings the previous draft back (and autosave writes it).
 */
export async function restoreRevision(revision: number): Promise<VersionOutcome> {
  const wiring = currentWiring();
  if (!wiring) return { ok: false, message: 'No playbook is open.' };
  const status = await flushAutosave();
  if (status.kind === 'not-saved') return { ok: false, message: status.error.message };
  const restored = await mutate(openPlaybookWrites.restoreRevision(), {
    id: wiring.id,
    revision,
    expectedVersion: wiring.writer.version(),
    actor: actorName(),
  });
  if (!restored.ok) return failed(restored.error);
  wiring.writer.adopt(restored.value.version);
  tabs.announceSaved(wiring.id, restored.value.version, restored.value.updatedAt);
  dispatch({ type: 'document.replace', document: restored.value.playbook });
  return {
    ok: true,
    message: `Revision ${revision} is now the draft. Undo (Ctrl+Z) brings the previous draft back.`,
  };
}

/**
 * The user's way out of a conflict with another tab's save. Reload and keep-both end on the stored
 * draft; keep-both first saves this tab's document as a new library entry; overwrite writes this
 * tab's document over the version the user was shown.
 */
export async function conflictResolved(choice: ConflictChoice): Promise<VersionOutcome> {
  const wiring = currentWiring();
  const conflict = sessionStore.getState().conflict;
  if (!wiring || !conflict) return { ok: false, message: 'There is no conflict to resolve.' };
  const result = await mutate(openPlaybookWrites.resolveConflict(), {
    choice,
    playbookId: wiring.id,
    writer: wiring.writer,
    autosave: wiring.autosave,
    localDocument: documentStore.getState().document,
    storedVersion: conflict.storedVersion,
  });
  if (!result.ok) return failed(result.error);
  const resolution = result.value;
  let notice: string;
  switch (resolution.choice) {
    case 'reload':
      applyStoredDocument(resolution.document.playbook);
      notice = 'Reloaded the version saved in the other tab; your edits here were discarded.';
      break;
    case 'keep-both':
      applyStoredDocument(resolution.document.playbook);
      tabs.announceLibraryChanged();
      notice = `Your edits were saved as a copy in the library: "${resolution.copy.name}".`;
      break;
    case 'overwrite':
      notice = 'Your version replaced the one saved in the other tab.';
      break;
  }
  sessionStore.setState({ conflict: null, notice });
  return { ok: true, message: notice };
}
