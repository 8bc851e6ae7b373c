import type { CompositeResult } from '../../commands/composite/types';
import { selectOnly } from '../../state/canvasStore';
import { documentActions } from '../../state/documentActions';
import { documentStore } from '../../state/documentStore';

/**
 * Runs a composite edit (a quick fix, a one-click path, an insert) as one undo step and selects
 * what it points at, so the inspector shows the new node (and `reveal` brings it into view). A refusal is shown as the canvas shows a
 * refused link: in words, never thrown.
 */
export function applyComposite(result: CompositeResult, reveal?: (nodeId: string) => void): string | null {
  if (!result.ok) {
    documentStore.setState({ refusal: result.reason });
    return result.reason;
  }
  const refusal = documentActions.batchApplied(result.command.label, result.command.commands);
  if (!refusal && result.focus) {
    selectOnly([result.focus]);
    reveal?.(result.focus);
  }
  return refusal;
}
