import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { selectOnly } from '../../state/canvasStore';
import { uiActions } from '../../state/uiStore';
import type { ProblemPlace } from '../../viewModels/problemsAnalysis';

/**
 * Brings a problem's place into view and selects it, the way search does: the same `selectOnly`
 * the canvas reads, the inspector tab to edit it, then React Flow's `fitView` on the node (or on
 * both ends of an edge).
 */
export function useShowOnCanvas(): (place: ProblemPlace) => void {
  const flow = useReactFlow();
  return useCallback(
    (place: ProblemPlace) => {
      if (place.kind === 'playbook') return;
      if (place.kind === 'node') selectOnly([place.nodeId]);
      else selectOnly([], [place.edgeId]);
      uiActions.tabChosen('inspector');
      const ids = place.kind === 'node' ? [place.nodeId] : [place.source, place.target];
      void flow.fitView({ nodes: ids.map((id) => ({ id })), duration: 250, maxZoom: 1.2 });
    },
    [flow],
  );
}

/** Fits the canvas to a set of nodes (the critical path), leaving the selection alone. */
export function useFitNodes(): (nodeIds: readonly string[]) => void {
  const flow = useReactFlow();
  return useCallback(
    (nodeIds: readonly string[]) => {
      if (nodeIds.length === 0) return;
      void flow.fitView({ nodes: nodeIds.map((id) => ({ id })), duration: 250, maxZoom: 1 });
    },
    [flow],
  );
}
