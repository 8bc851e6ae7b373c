import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Edge, Entity, NodeKind, NodeOf, PlaybookNode } from '../../domain/types';
import { documentStore } from '../../state/documentStore';

/**
 * The slices of the document the inspector's forms show, each an atomic selector: commands keep
 * unchanged nodes, roles and entities as the same objects, so a form re-renders only when what it
 * shows changes, not on every edit of the playbook.
 */

export interface Option {
  value: string;
  label: string;
}

/** A node and its place in the document (for JSON Pointers), or no node. */
export function useNodeAt(id: string | undefined): { node: PlaybookNode | undefined; index: number } {
  return useStore(
    documentStore,
    useShallow((s) => {
      const index = s.document.nodes.findIndex((node) => node.id === id);
      return { node: s.document.nodes[index], index };
    }),
  );
}

/** A link and its place in the document, or no link. */
export function useEdgeAt(id: string | undefined): { edge: Edge | undefined; index: number } {
  return useStore(
    documentStore,
    useShallow((s) => {
      const index = s.document.edges.findIndex((edge) => edge.id === id);
      return { edge: s.document.edges[index], index };
    }),
  );
}

/** The label of a node, or its id when there is no such node. */
export const useNodeLabel = (id: string): string =>
  useStore(documentStore, (s) => s.document.nodes.find((node) => node.id === id)?.label ?? id);

/** The entities of the data model. */
export const useEntities = (): Entity[] => useStore(documentStore, (s) => s.document.dataModel.entities);

/** The roles, as choices (value: id, label: name). */
export function useRoleOptions(): Option[] {
  const roles = useStore(documentStore, (s) => s.document.roles);
  return useMemo(() => roles.map((role) => ({ value: role.id, label: role.name })), [roles]);
}

/** The nodes of one kind, as choices (value: id, label: label). */
export function useNodeOptions<K extends NodeKind>(kind: K): Option[] {
  const nodes = useStore(
    documentStore,
    useShallow((s) => s.document.nodes.filter((node): node is NodeOf<K> => node.kind === kind)),
  );
  return useMemo(() => nodes.map((node) => ({ value: node.id, label: node.label })), [nodes]);
}

export interface NodeSummary {
  id: string;
  label: string;
  kind: NodeKind;
}

/**
 * Every node's id, label and kind, in document order. Read as flat text so that moving a node
 * on the canvas (a new node object, the same words) does not re-render the lists that show them.
 */
export function useNodeSummaries(): NodeSummary[] {
  const flat = useStore(
    documentStore,
    useShallow((s) => s.document.nodes.flatMap((node) => [node.id, node.label, node.kind])),
  );
  return useMemo(() => {
    const summaries: NodeSummary[] = [];
    for (let i = 0; i < flat.length; i += 3)
      summaries.push({ id: flat[i] as string, label: flat[i + 1] as string, kind: flat[i + 2] as NodeKind });
    return summaries;
  }, [flat]);
}

/** The links that leave a node, in document order. */
export const useOutgoingEdges = (source: string): Edge[] =>
  useStore(
    documentStore,
    useShallow((s) => s.document.edges.filter((edge) => edge.source === source)),
  );
