import { documentStore } from './documentStore';
import { recordExport } from './libraryActions';
import { sessionStore } from './persistenceSession';

/**
 * Writes an "exported" entry, with the content hash of what left the app, into the audit log of the
 * playbook open in the designer (issue 8: every export is logged). Not awaited by the caller: a log
 * that cannot be written must not stop the file from being saved.
 */
export function logExportOfOpenPlaybook(format: string): void {
  const id = sessionStore.getState().playbookId;
  if (id === null) return;
  void recordExport(id, documentStore.getState().document, format);
}
