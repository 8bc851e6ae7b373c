import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { canvasStore } from './canvasStore';

/** Ids of the selected nodes, in document order. */
export const useSelectedNodeIds = (): string[] =>
  useStore(
    canvasStore,
    useShallow((s) => s.nodes.filter((node) => node.selected).map((node) => node.id)),
  );

/** Ids of the selected edges, in document order. */
export const useSelectedEdgeIds = (): string[] =>
  useStore(
    canvasStore,
    useShallow((s) => s.edges.filter((edge) => edge.selected).map((edge) => edge.id)),
  );

/** The selected items right now, for commands run from shortcuts. */
export function currentSelection(): { nodeIds: string[]; edgeIds: string[] } {
  const { nodes, edges } = canvasStore.getState();
  return {
    nodeIds: nodes.filter((node) => node.selected).map((node) => node.id),
    edgeIds: edges.filter((edge) => edge.selected).map((edge) => edge.id),
  };
}
