import { appendAfter } from '../../commands/composite/appendNode';
import { insertOnEdge, type NodeFactory } from '../../commands/composite/insertNode';
import { freeSpot } from '../../commands/composite/placement';
import { addCompensation } from '../../commands/composite/stepActions';
import { newNode } from '../../commands/newNode';
import type { NodeKind } from '../../domain/types';
import { canvasStore } from '../../state/canvasStore';
import { documentActions } from '../../state/documentActions';
import { documentStore } from '../../state/documentStore';
import { applyComposite } from '../canvas/applyComposite';

type Point = { x: number; y: number };

const factoryOf =
  (kind: NodeKind): NodeFactory =>
  (id, position) =>
    newNode(kind, id, position, documentStore.getState().document);

/**
 * A palette click. With one node selected, the new node goes beside it and follows it (a next
 * link, when the selected node has none yet), and a compensation becomes the selected step's
 * undo; otherwise it goes at `centre`, or the nearest free place: never on top of another node.
 */
export function paletteClicked(kind: NodeKind, centre: Point, reveal?: (nodeId: string) => void): void {
  const { document } = documentStore.getState();
  const selected = canvasStore.getState().nodes.filter((node) => node.selected);
  const only = selected.length === 1 ? document.nodes.find((node) => node.id === selected[0]!.id) : undefined;
  if (only && kind === 'compensation' && only.kind === 'step') {
    const undo = addCompensation(document, only.id);
    if (undo.ok) {
      applyComposite(undo, reveal);
      return;
    }
  }
  if (only) {
    applyComposite(appendAfter(document, only.id, factoryOf(kind)), reveal);
    return;
  }
  documentActions.paletteKindAdded(kind, freeSpot(document, centre));
}

/** The link under a screen point, if any: React Flow marks each edge's group with its id. */
export function edgeAtPoint(clientX: number, clientY: number): string | null {
  for (const element of window.document.elementsFromPoint(clientX, clientY)) {
    const edge = element.closest('.react-flow__edge');
    const id = edge?.getAttribute('data-id');
    if (id) return id;
  }
  return null;
}

/**
 * A palette node dropped on the canvas: dropped on a link, it goes into the link (source → new →
 * target); elsewhere at the drop point, or the nearest free place.
 */
export function paletteDropped(kind: NodeKind, at: Point, edgeId: string | null): void {
  const { document } = documentStore.getState();
  if (edgeId) {
    applyComposite(insertOnEdge(document, edgeId, factoryOf(kind)));
    return;
  }
  documentActions.paletteKindAdded(kind, freeSpot(document, at));
}
