import type { NodeMouseHandler } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { FlowEdge, FlowNode } from '../../graph/flowTypes';
import { simulationActions, useRunTrace } from '../../state/simulationStore';

type Decorated<T> = T & { className?: string };

/**
 * The canvas nodes and edges with the watched run drawn on them: the current node lit, the
 * nodes reached, failed or undone marked, unreached ones dimmed, and the visited edges traced
 * (forward, failure and recovery each in their own style). Unchanged when no run is shown.
 */
export function useSimulationDecor(
  nodes: FlowNode[],
  edges: FlowEdge[],
): { nodes: Decorated<FlowNode>[]; edges: Decorated<FlowEdge>[] } {
  const trace = useRunTrace();
  const shownNodes = useMemo(() => {
    if (trace.current === null) return nodes;
    return nodes.map((node): Decorated<FlowNode> => {
      const state = trace.nodes.get(node.id);
      const current = node.id === trace.current;
      const classes = [`sim-node--${state ?? 'unvisited'}`, current ? 'sim-node--current' : ''];
      return {
        ...node,
        className: classes.join(' ').trim(),
        ariaLabel: current ? `${node.ariaLabel} (simulation is here)` : node.ariaLabel,
      };
    });
  }, [nodes, trace]);
  const shownEdges = useMemo(() => {
    if (trace.current === null) return edges;
    return edges.map((edge): Decorated<FlowEdge> => {
      const state = trace.edges.get(edge.id);
      return state ? { ...edge, className: `sim-edge sim-edge--${state}` } : edge;
    });
  }, [edges, trace]);
  return { nodes: shownNodes, edges: shownEdges };
}

/** Right-click on a node opens the fault menu there instead of the browser's. */
export function useFaultMenuOpener(): NodeMouseHandler<FlowNode> {
  return useCallback((event, node) => {
    event.preventDefault();
    simulationActions.menuOpened(node.id, event.clientX, event.clientY);
  }, []);
}
