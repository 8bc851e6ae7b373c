import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { canvasStore } from '../../state/canvasStore';
import { documentStore } from '../../state/documentStore';
import { uiStore } from '../../state/uiStore';

/** Below this zoom labels cannot be read; a larger playbook is shown from its start instead. */
export const READABLE_ZOOM = 0.55;
const PADDING = 24;

/**
 * Shows the whole playbook when it fits at a readable zoom, else its left (start) part at the
 * readable zoom, so the trigger where a run starts is always in view. Runs when a playbook is
 * first drawn (once its nodes are measured) and after each auto-layout.
 */
export function useStartView(container: RefObject<HTMLDivElement | null>): (durationMs?: number) => void {
  const flow = useReactFlow();
  const layoutVersion = useStore(uiStore, (s) => s.layoutVersion);

  const showStart = useCallback(
    (durationMs = 150) => {
      const element = container.current;
      const nodes = canvasStore.getState().nodes;
      if (!element || nodes.length === 0) return;
      const bounds = flow.getNodesBounds(nodes);
      const width = element.clientWidth - 2 * PADDING;
      const height = element.clientHeight - 2 * PADDING;
      const fit = Math.min(width / Math.max(bounds.width, 1), height / Math.max(bounds.height, 1));
      const zoom = Math.min(1, Math.max(READABLE_ZOOM, fit));
      const x =
        bounds.width * zoom <= width
          ? PADDING + (width - bounds.width * zoom) / 2 - bounds.x * zoom
          : PADDING - bounds.x * zoom;
      const y =
        bounds.height * zoom <= height
          ? PADDING + (height - bounds.height * zoom) / 2 - bounds.y * zoom
          : PADDING - bounds.y * zoom;
      void flow.setViewport({ x, y, zoom }, { duration: durationMs });
    },
    [flow, container],
  );

  useEffect(() => {
    if (layoutVersion > 0) requestAnimationFrame(() => showStart());
  }, [layoutVersion, showStart]);

  // Once per playbook: adding a node later must not move the view under the person's hands. A new
  // playbook changes both the id and the nodes; a rename changes only the id (it follows the name).
  const initialised = useNodesInitialized();
  const documentId = useStore(documentStore, (s) => s.document.id);
  const documentNodes = useStore(documentStore, (s) => s.document.nodes);
  const shownFor = useRef<{ id: string; nodes: unknown } | null>(null);
  useEffect(() => {
    if (!initialised) return;
    const shown = shownFor.current;
    shownFor.current = { id: documentId, nodes: documentNodes };
    if (shown && (shown.id === documentId || shown.nodes === documentNodes)) return;
    // No glide on the first view: the bare canvas appears in place, and an animated move would
    // re-render the nodes for another 150 ms before the playbook is usable (issue 20, open fast).
    showStart(0);
  }, [initialised, documentId, documentNodes, showStart]);

  return showStart;
}
