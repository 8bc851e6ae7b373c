import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { canvasStore, selectOnly } from '../state/canvasStore';
import { copySelected, pasteClipboard } from '../state/clipboard';
import { useDocumentActions } from '../state/documentActions';
import { currentSelection } from '../state/selectionSelectors';
import { uiActions } from '../state/uiStore';
import { runAutoLayout } from '../ui/canvas/autoLayout';

/** Every keyboard shortcut, for the help overlay; the handler below implements exactly these. */
export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: 'Ctrl/Cmd + Z', does: 'Undo' },
  { keys: 'Ctrl/Cmd + Shift + Z, Ctrl + Y', does: 'Redo' },
  { keys: 'Delete, Backspace', does: 'Delete the selected nodes and links' },
  { keys: 'Ctrl/Cmd + C', does: 'Copy the selected nodes' },
  { keys: 'Ctrl/Cmd + V', does: 'Paste (new ids)' },
  { keys: 'Ctrl/Cmd + A', does: 'Select every node' },
  { keys: 'Shift + click, drag with Shift', does: 'Select several nodes' },
  { keys: 'Ctrl/Cmd + F, /', does: 'Search nodes by label' },
  { keys: 'F', does: 'Fit the playbook in view' },
  { keys: 'Shift + L', does: 'Auto-layout' },
  {
    keys: 'K',
    does: 'Link the focused (or selected) node to another: pick the kind and the node from a list',
  },
  { keys: 'Arrow keys', does: 'Move the focused node' },
  { keys: '?', does: 'Show this help' },
  { keys: 'Escape', does: 'Close a dialog, clear the selection' },
];

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The node a link starts from: the focused node on the canvas, else the only selected one. */
function nodeToLinkFrom(target: EventTarget | null): string | null {
  const focused = target instanceof HTMLElement ? target.closest<HTMLElement>('.react-flow__node') : null;
  if (focused?.dataset.id) return focused.dataset.id;
  const { nodeIds } = currentSelection();
  return nodeIds.length === 1 ? nodeIds[0]! : null;
}

/** Installs the designer's keyboard shortcuts on the window. */
export function useShortcuts(): void {
  const actions = useDocumentActions();
  const flow = useReactFlow();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (typingInField(event.target)) {
        if (key === 'escape') (event.target as HTMLElement).blur();
        return;
      }
      const run = (action: () => unknown) => {
        event.preventDefault();
        action();
      };
      if (mod && key === 'z' && event.shiftKey) return run(actions.redoRequested);
      if (mod && key === 'z') return run(actions.undoRequested);
      if (mod && key === 'y') return run(actions.redoRequested);
      if (mod && key === 'c') return run(copySelected);
      if (mod && key === 'v') return run(pasteClipboard);
      if (mod && key === 'a') return run(() => selectOnly(canvasStore.getState().nodes.map((n) => n.id)));
      if ((mod && key === 'f') || (!mod && key === '/')) return run(() => uiActions.searchToggled(true));
      if (mod || event.altKey) return;
      if (key === 'delete' || key === 'backspace') {
        const { nodeIds, edgeIds } = currentSelection();
        return run(() => actions.selectionDeleted(nodeIds, edgeIds));
      }
      if (event.key === '?') return run(() => uiActions.helpToggled());
      if (key === 'f') return run(() => flow.fitView({ duration: 200 }));
      if (key === 'l' && event.shiftKey) return run(() => void runAutoLayout());
      if (key === 'k' && !event.shiftKey) {
        const from = nodeToLinkFrom(event.target);
        if (from !== null) return run(() => uiActions.linkDialogOpened(from));
      }
      if (key === 'escape') {
        uiActions.helpToggled(false);
        uiActions.searchToggled(false);
        selectOnly([]);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, flow]);
}
