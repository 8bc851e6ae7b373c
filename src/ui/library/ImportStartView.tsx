import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { READABLE_ZOOM } from '../canvas/useStartView';

const PADDING = 24;

/**
 * The review's first view, as the designer's: the whole proposed playbook when it fits at a
 * readable zoom, else its start (left) part at that zoom, so the trigger is in view and the
 * labels can be read. Rendered inside the read-only canvas. It waits for the canvas's own
 * first fit (the viewport leaves its initial place), which comes once the nodes are measured
 * (`useNodesInitialized` stays false on a canvas whose nodes are props only); once only.
 */
export function ImportStartView() {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const fitted = useStore((s) => s.transform[0] !== 0 || s.transform[1] !== 0 || s.transform[2] !== 1);
  const done = useRef(false);
  useEffect(() => {
    if (!fitted || done.current || width === 0 || height === 0) return;
    done.current = true;
    const bounds = flow.getNodesBounds(flow.getNodes());
    const room = { width: width - 2 * PADDING, height: height - 2 * PADDING };
    const fit = Math.min(room.width / Math.max(bounds.width, 1), room.height / Math.max(bounds.height, 1));
    const zoom = Math.min(1, Math.max(READABLE_ZOOM, fit));
    const offset = (size: number, space: number, start: number) =>
      size * zoom <= space ? PADDING + (space - size * zoom) / 2 - start * zoom : PADDING - start * zoom;
    void flow.setViewport({
      x: offset(bounds.width, room.width, bounds.x),
      y: offset(bounds.height, room.height, bounds.y),
      zoom,
    });
  }, [fitted, width, height, flow]);
  return null;
}
