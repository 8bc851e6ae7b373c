import { fileSizeProblem } from '../../domain/fileLimits';
import { parsePlaybookJson, serializePlaybook } from '../../domain/parse';
import type { useDocumentActions } from '../../state/documentActions';
import { documentStore } from '../../state/documentStore';
import { logExportOfOpenPlaybook } from '../../state/exportLog';
import { uiActions } from '../../state/uiStore';
import { downloadText } from '../components/download';

/**
 * Reads a file through the same parse path as everything else. A good file replaces the document
 * as one undoable step; a bad one lists its errors and leaves the document untouched.
 */
export async function importFile(file: File, actions: ReturnType<typeof useDocumentActions>): Promise<void> {
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) {
    uiActions.importFailed(file.name, [{ path: '', message: tooLarge }]);
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
  downloadText(serializePlaybook(document), `${document.id}.rollbook.json`, 'application/json');
  logExportOfOpenPlaybook('rollbook-json');
}

/** Export: straight away when the document is valid, after a yes when it has problems. */
export function requestExport(): void {
  if (documentStore.getState().problems.length > 0) uiActions.exportConfirmAsked(true);
  else downloadDocument();
}
