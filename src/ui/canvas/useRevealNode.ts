import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { FlowEdge, FlowNode } from '../../graph/flowTypes';

/** Room kept around a revealed node, in screen pixels, so its toolbar above it shows too. */
const MARGIN = 96;

/**
 * Brings a node into view when it is not (a node just added beside the selection may land
 * outside the visible part of the canvas), keeping the zoom. Waits a frame: a node added by the
 * command just dispatched reaches React Flow's store on the next render.
 */
export function useRevealNode(): (nodeId: string) => void {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  return useCallback(
    (nodeId: string) => {
      requestAnimationFrame(() => {
        const node = flow.getNode(nodeId);
        const pane = window.document.querySelector('.react-flow')?.getBoundingClientRect();
        if (!node || !pane) return;
        const { x, y, zoom } = flow.getViewport();
        const width = (node.measured?.width ?? 172) * zoom;
        const height = (node.measured?.height ?? 72) * zoom;
        const left = node.position.x * zoom + x;
        const top = node.position.y * zoom + y;
        const inView =
          left >= MARGIN &&
          top >= MARGIN &&
          left + width <= pane.width - MARGIN &&
          top + height <= pane.height - MARGIN;
        if (inView) return;
        // No animation: a canvas still gliding under the pointer makes the next click miss.
        flow.setCenter(node.position.x + width / zoom / 2, node.position.y + height / zoom / 2, { zoom });
      });
    },
    [flow],
  );
}
