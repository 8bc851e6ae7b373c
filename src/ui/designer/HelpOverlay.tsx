import { useStore } from 'zustand';
import { SHORTCUTS } from '../../app/useShortcuts';
import { uiActions, uiStore } from '../../state/uiStore';
import { Dialog } from '../components/Dialog';

/** The keyboard shortcuts, opened with `?`. */
export function HelpOverlay() {
  const open = useStore(uiStore, (s) => s.helpOpen);
  if (!open) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => uiActions.helpToggled(false)}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Drag from a node's coloured dots to link it: grey for next, red for on failure, orange for undo. By
        keyboard: Tab to a node (or “Skip to the canvas”), press K, pick the kind and the node, Enter.
      </p>
    </Dialog>
  );
}
