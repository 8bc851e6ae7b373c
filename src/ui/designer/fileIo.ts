import { parsePlaybookJson, serializePlaybook } from '../../domain/parse';
import type { useDocumentActions } from '../../state/documentActions';
import { documentStore } from '../../state/documentStore';
import { logExportOfOpenPlaybook } from '../../state/exportLog';
import { uiActions } from '../../state/uiStore';

/** Files larger than this are refused before reading, as the CLI does. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a file through the same parse path as everything else. A good file replaces the document
 * as one undoable step; a bad one lists its errors and leaves the document untouched.
 */
export async function importFile(file: File, actions: ReturnType<typeof useDocumentActions>): Promise<void> {
  if (file.size > MAX_IMPORT_BYTES) {
    uiActions.importFailed(file.name, [{ path: '', message: 'The file is larger than 20 MB' }]);
    return;
  }
  const text = await file.text();
  const result = parsePlaybookJson(text);
  if (!result.ok) {
    uiActions.importFailed(file.name, result.errors);
    return;
  }
  uiActions.importErrorsClosed();
  actions.documentImported(result.playbook);
}

/** Downloads the document as its native JSON file. */
export function downloadDocument(): void {
  const { document } = documentStore.getState();
  const blob = new Blob([serializePlaybook(document)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `${document.id}.rollbook.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  logExportOfOpenPlaybook('rollbook-json');
}

/** Export: straight away when the document is valid, after a yes when it has problems. */
export function requestExport(): void {
  if (documentStore.getState().problems.length > 0) uiActions.exportConfirmAsked(true);
  else downloadDocument();
}
