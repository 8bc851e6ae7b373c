import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect } from 'react';
import { useSelectedNodeIds } from '../../state/selectionSelectors';
import { useRunTrace } from '../../state/simulationStore';
import { uiActions, uiStore } from '../../state/uiStore';
import { unlessPressed } from './unlessPressed';

/** After the view's own move to a node (fitView / setCenter take 250 ms) the overlays are checked. */
const AFTER_VIEW_MOVES_MS = 320;
const GAP = 12;

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function nodeRects(root: HTMLElement, ids: readonly string[]): DOMRect[] {
  return ids.flatMap((id) => {
    const element = root.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    return element ? [element.getBoundingClientRect()] : [];
  });
}

function overlayRects(root: HTMLElement): DOMRect[] {
  return ['.legend-panel', '.react-flow__minimap'].flatMap((selector) => {
    const element = root.querySelector(selector);
    return element ? [element.getBoundingClientRect()] : [];
  });
}

/**
 * The smallest move of the view (screen pixels) that takes the node off the overlay while keeping
 * it inside the canvas: up when there is room above, else sideways, away from the overlay's side.
 */
function moveClear(node: DOMRect, overlay: DOMRect, canvas: DOMRect): { dx: number; dy: number } {
  const up = node.bottom - overlay.top + GAP;
  if (node.top - up >= canvas.top + GAP) return { dx: 0, dy: -up };
  const overlayOnLeft = overlay.left - canvas.left < canvas.right - overlay.right;
  return overlayOnLeft
    ? { dx: overlay.right - node.left + GAP, dy: 0 }
    : { dx: -(node.right - overlay.left + GAP), dy: 0 };
}

/**
 * The legend and the overview map never cover a node the app points at (issue 15): the node the
 * simulator is at, or the nodes the Problems panel, search or a click selected. When one would,
 * the legend folds away first; if the node is still covered (by the map or the folded legend),
 * the view moves just enough to uncover it, at the same zoom.
 */
export function useKeepPointedNodesClear(container: RefObject<HTMLDivElement | null>): void {
  const flow = useReactFlow();
  const { current } = useRunTrace();
  const selected = useSelectedNodeIds();
  const pointed = [...(current === null ? [] : [current]), ...selected].join(' ');
  useEffect(() => {
    const root = container.current;
    if (pointed === '' || !root) return;
    const ids = pointed.split(' ');
    let frame = 0;
    const uncover = () => {
      const nodes = nodeRects(root, ids);
      const canvas = root.getBoundingClientRect();
      for (const overlay of overlayRects(root)) {
        const covered = nodes.find((node) => overlaps(node, overlay));
        if (!covered) continue;
        const { dx, dy } = moveClear(covered, overlay, canvas);
        const { x, y, zoom } = flow.getViewport();
        // No animation, as in useRevealNode: a canvas gliding under the pointer makes a click miss.
        void flow.setViewport({ x: x + dx, y: y + dy, zoom });
        return;
      }
    };
    const cancel = unlessPressed(root, AFTER_VIEW_MOVES_MS, () => {
      const legend = root.querySelector('.legend-panel')?.getBoundingClientRect();
      const legendCovers = legend && nodeRects(root, ids).some((node) => overlaps(node, legend));
      if (legendCovers && uiStore.getState().legendOpen) {
        uiActions.legendToggled(false);
        // Measure again once the folded legend is drawn.
        frame = requestAnimationFrame(uncover);
      } else uncover();
    });
    return () => {
      cancel();
      cancelAnimationFrame(frame);
    };
  }, [pointed, container, flow]);
}
