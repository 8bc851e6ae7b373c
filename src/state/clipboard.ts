import { z } from 'zod';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { type Clipboard, copySelection, pasteCommand } from '../commands/paste';
import { parsePlaybook } from '../domain/parse';
import { selectOnly } from './canvasStore';
import { dispatch, documentStore } from './documentStore';
import { followOtherTabs, localStorageJson } from './localStorageJson';
import { currentSelection } from './selectionSelectors';

/**
 * A stored clipboard is checked with the playbook schema, the parse path of an import: one whose
 * nodes lack a valid id, kind or label is refused. Other field problems are let through, as the
 * paste command and the validator report them on the pasted nodes.
 */
function holdsNodeShapes(nodes: readonly unknown[]): boolean {
  const probe = parsePlaybook({
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'clipboard',
    name: 'clipboard',
    nodes,
    edges: [],
  });
  return probe.ok || !probe.errors.some((error) => /^\/nodes\/\d+\/(kind|label|id)$/.test(error.path));
}

// The node shapes are checked by the probe above (as before `persist`): the cast names what it checked.
const clipboardSchema = z
  .object({
    format: z.literal('rollbook.clipboard'),
    nodes: z.array(z.unknown()).refine(holdsNodeShapes),
    edges: z.array(z.unknown()),
  })
  .transform((value) => ({ clipboard: value as Clipboard }));

interface ClipboardState {
  clipboard: Clipboard | null;
}

/** The copied nodes; kept in localStorage so they paste into another playbook or tab. */
const clipboardStore = create<ClipboardState>()(
  persist((): ClipboardState => ({ clipboard: null }), {
    name: 'rollbook.clipboard.v1',
    storage: localStorageJson({
      schema: clipboardSchema,
      toStored: (state) => state.clipboard,
      // A full storage only loses the copy, never the document; the status line says so.
      onWriteFailed: () => documentStore.setState({ refusal: 'Could not copy: the browser storage is full' }),
    }),
  }),
);
followOtherTabs(clipboardStore);
let pasteCount = 0;

/** Copies the selected nodes. */
export function copySelected(): number {
  const { nodeIds } = currentSelection();
  if (nodeIds.length === 0) return 0;
  clipboardStore.setState({ clipboard: copySelection(documentStore.getState().document, nodeIds) });
  pasteCount = 0;
  return nodeIds.length;
}

/** Pastes with fresh ids, a little offset each time, and selects what was pasted. */
export function pasteClipboard(): void {
  const { clipboard } = clipboardStore.getState();
  if (!clipboard || clipboard.nodes.length === 0) {
    documentStore.setState({ refusal: 'Nothing to paste: copy some nodes first' });
    return;
  }
  pasteCount += 1;
  const { document } = documentStore.getState();
  const { command, nodeIds } = pasteCommand(document, clipboard, { x: 40 * pasteCount, y: 40 * pasteCount });
  if (dispatch(command) === null) selectOnly(nodeIds);
}
