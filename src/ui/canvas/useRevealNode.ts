import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { FlowEdge, FlowNode } from '../../graph/flowTypes';

/** Room kept around a revealed node, in screen pixels, so its toolbar above it shows too. */
const MARGIN = 96;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = (node: FlowNode): Box => ({
  x: node.position.x,
  y: node.position.y,
  width: node.measured?.width ?? 172,
  height: node.measured?.height ?? 72,
});

const union = (boxes: readonly Box[]): Box => {
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
};

/**
 * Brings a node into view when it is not (a node just added beside the selection may land
 * outside the visible part of the canvas), keeping the zoom. With `besideId`, the node a person
 * acted on ("Approval before" pushes its step to the right, often under the side panel), both are
 * brought into view when both fit. Waits a frame: a node added by the command just dispatched
 * reaches React Flow's store on the next render.
 */
export function useRevealNode(): (nodeId: string, besideId?: string) => void {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  return useCallback(
    (nodeId: string, besideId?: string) => {
      requestAnimationFrame(() => {
        const pane = window.document.querySelector('.react-flow')?.getBoundingClientRect();
        const { x, y, zoom } = flow.getViewport();
        const node = flow.getNode(nodeId);
        if (!node || !pane) return;
        const beside = besideId === undefined ? undefined : flow.getNode(besideId);
        const boxes = [node, ...(beside ? [beside] : [])].map(boxOf);
        const fits = (box: Box) =>
          box.width * zoom <= pane.width - 2 * MARGIN && box.height * zoom <= pane.height - 2 * MARGIN;
        const both = union(boxes);
        const target = fits(both) ? both : boxOf(node);
        const left = target.x * zoom + x;
        const top = target.y * zoom + y;
        const inView =
          left >= MARGIN &&
          top >= MARGIN &&
          left + target.width * zoom <= pane.width - MARGIN &&
          top + target.height * zoom <= pane.height - MARGIN;
        if (inView) return;
        // No animation: a canvas still gliding under the pointer makes the next click miss.
        flow.setCenter(target.x + target.width / 2, target.y + target.height / 2, { zoom });
      });
    },
    [flow],
  );
}
