import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useRunTrace } from '../../state/simulationStore';

/** How much of the node must be on screen before the canvas leaves it where it is. */
const MARGIN = 40;

/**
 * Keeps the run's current node on screen: when a step moves the run to a node outside the
 * visible canvas, the view pans to it (same zoom). A node already in view is left alone, so
 * the canvas does not jump on every event.
 */
export function useFollowCurrentNode(): void {
  const { current } = useRunTrace();
  const flow = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  useEffect(() => {
    if (current === null) return;
    const node = flow.getInternalNode(current);
    if (!node) return;
    const { x, y, zoom } = flow.getViewport();
    const position = node.internals.positionAbsolute;
    const nodeWidth = node.measured.width ?? 180;
    const nodeHeight = node.measured.height ?? 60;
    const left = position.x * zoom + x;
    const top = position.y * zoom + y;
    const inView =
      left >= MARGIN &&
      top >= MARGIN &&
      left + nodeWidth * zoom <= width - MARGIN &&
      top + nodeHeight * zoom <= height - MARGIN;
    if (!inView)
      void flow.setCenter(position.x + nodeWidth / 2, position.y + nodeHeight / 2, { zoom, duration: 250 });
  }, [current, flow, width, height]);
}
