import { create } from 'zustand';
import type { FlowEdge, FlowNode } from '../graph/flowTypes';
import { syncFlowEdges, syncFlowNodes } from '../graph/syncFlow';
import { problemsByNode } from './documentSelectors';
import { documentStore } from './documentStore';

/**
 * What React Flow draws: nodes and edges derived from the document, plus what belongs to the
 * canvas alone (selection, positions while a drag is under way, measured sizes). Never saved,
 * never in the undo history.
 */
export interface CanvasState {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export const canvasStore = create<CanvasState>(() => ({ nodes: [], edges: [] }));

/** Rebuilds the canvas view from the document, reusing unchanged objects. */
function syncFromDocument(): void {
  const { document, problems } = documentStore.getState();
  const previous = canvasStore.getState();
  canvasStore.setState({
    nodes: syncFlowNodes(previous.nodes, document, problemsByNode(document, problems)),
    edges: syncFlowEdges(previous.edges, document),
  });
}

syncFromDocument();
documentStore.subscribe((state, previous) => {
  if (state.document !== previous.document || state.problems !== previous.problems) syncFromDocument();
});

/** Selects exactly these nodes (search, problems, paste) and nothing else. */
export function selectOnly(nodeIds: readonly string[], edgeIds: readonly string[] = []): void {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  canvasStore.setState((state) => ({
    nodes: state.nodes.map((node) =>
      Boolean(node.selected) === nodes.has(node.id) ? node : { ...node, selected: nodes.has(node.id) },
    ),
    edges: state.edges.map((edge) =>
      Boolean(edge.selected) === edges.has(edge.id) ? edge : { ...edge, selected: edges.has(edge.id) },
    ),
  }));
}
