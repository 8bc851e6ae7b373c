import { documentStore } from './documentStore';
import { recordExport } from './libraryActions';
import { repository } from './persistenceContext';
import { sessionStore } from './persistenceSession';

// Library ids (or '' for a document not in the library) known to have been exported: from this
// tab's exports and, once a playbook is opened, from its audit log. Until then its id follows its name.
const exported = new Set<string>();

/** Whether the open playbook has ever been exported (then its id no longer follows its name). */
export function openPlaybookWasExported(): boolean {
  return exported.has(sessionStore.getState().playbookId ?? '');
}

/** Reads the playbook's audit log for an earlier export; a log that cannot be read changes nothing. */
export async function learnEarlierExports(id: string): Promise<void> {
  const log = await repository.auditLog(id);
  if (log.ok && log.value.some((entry) => entry.action === 'exported')) exported.add(id);
}

/**
 * Writes an "exported" entry, with the content hash of what left the app, into the audit log of the
 * playbook open in the designer (issue 8: every export is logged). Not awaited by the caller: a log
 * that cannot be written must not stop the file from being saved.
 */
export function logExportOfOpenPlaybook(format: string): void {
  const id = sessionStore.getState().playbookId;
  exported.add(id ?? '');
  if (id === null) return;
  void recordExport(id, documentStore.getState().document, format);
}
