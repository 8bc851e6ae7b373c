import { type Clipboard, copySelection, pasteCommand } from '../commands/paste';
import { parsePlaybook } from '../domain/parse';
import { selectOnly } from './canvasStore';
import { dispatch, documentStore } from './documentStore';
import { currentSelection } from './selectionSelectors';

const CLIPBOARD_KEY = 'rollbook.clipboard.v1';
let pasteCount = 0;

/** Copies the selected nodes; kept in localStorage so it pastes into another playbook or tab. */
export function copySelected(): number {
  const { nodeIds } = currentSelection();
  if (nodeIds.length === 0) return 0;
  const clipboard = copySelection(documentStore.getState().document, nodeIds);
  try {
    localStorage.setItem(CLIPBOARD_KEY, JSON.stringify(clipboard));
  } catch {
    // A full storage only loses the copy, never the document; the status line says so.
    documentStore.setState({ refusal: 'Could not copy: the browser storage is full' });
  }
  pasteCount = 0;
  return nodeIds.length;
}

/** Reads the clipboard back, checking each node and edge with the playbook schema. */
function readClipboard(): Clipboard | null {
  try {
    const value = JSON.parse(localStorage.getItem(CLIPBOARD_KEY) ?? 'null') as Clipboard | null;
    if (value?.format !== 'rollbook.clipboard') return null;
    // The same parse path as import: a clipboard that does not hold valid shapes is refused.
    const probe = parsePlaybook({
      format: 'rollbook.playbook',
      schemaVersion: 1,
      id: 'clipboard',
      name: 'clipboard',
      nodes: value.nodes,
      edges: [],
    });
    if (!probe.ok && probe.errors.some((error) => /^\/nodes\/\d+\/(kind|label|id)$/.test(error.path)))
      return null;
    return value;
  } catch {
    return null;
  }
}

/** Pastes with fresh ids, a little offset each time, and selects what was pasted. */
export function pasteClipboard(): void {
  const clipboard = readClipboard();
  if (!clipboard || clipboard.nodes.length === 0) {
    documentStore.setState({ refusal: 'Nothing to paste: copy some nodes first' });
    return;
  }
  pasteCount += 1;
  const { document } = documentStore.getState();
  const { command, nodeIds } = pasteCommand(document, clipboard, { x: 40 * pasteCount, y: 40 * pasteCount });
  if (dispatch(command) === null) selectOnly(nodeIds);
}
