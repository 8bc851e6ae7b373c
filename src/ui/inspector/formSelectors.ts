import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Edge, Entity, NodeKind, NodeOf, PlaybookNode } from '../../domain/types';
import { NODE_KIND_INFO } from '../../graph/nodeKinds';
import { type DocumentState, documentStore } from '../../state/documentStore';

/**
 * The slices of the document the inspector's forms show, each an atomic selector compared
 * shallowly: commands keep unchanged nodes, edges, roles and entities as the same objects, so a
 * form re-renders only when what it shows changes, not on every edit of the playbook. The
 * selectors are exported so a test can hold them to that.
 */

export interface Option {
  value: string;
  label: string;
}

const inside = (path: string, pointer: string) => path === pointer || path.startsWith(`${pointer}/`);

/** The problems at or under a pointer, as flat [path, message, …] text (new objects, same words). */
export const selectProblemsUnder =
  (under: string) =>
  (s: DocumentState): string[] =>
    s.problems.flatMap((problem) => (inside(problem.path, under) ? [problem.path, problem.message] : []));

/** The first problem message at or under `pointer` in a flat list from `selectProblemsUnder`. */
export function firstProblem(flat: readonly string[], pointer: string): string | undefined {
  for (let i = 0; i < flat.length; i += 2) if (inside(flat[i] as string, pointer)) return flat[i + 1];
  return undefined;
}

export const selectNodeAt =
  (id: string | undefined) =>
  (s: DocumentState): { node: PlaybookNode | undefined; index: number } => {
    const index = s.document.nodes.findIndex((node) => node.id === id);
    return { node: s.document.nodes[index], index };
  };

export const selectEdgeAt =
  (id: string | undefined) =>
  (s: DocumentState): { edge: Edge | undefined; index: number } => {
    const index = s.document.edges.findIndex((edge) => edge.id === id);
    return { edge: s.document.edges[index], index };
  };

export const selectNodesOfKind =
  <K extends NodeKind>(kind: K) =>
  (s: DocumentState): NodeOf<K>[] =>
    s.document.nodes.filter((node): node is NodeOf<K> => node.kind === kind);

/** Every node's id, label and kind as flat text: moving a node changes none of it. */
export const selectNodeWords = (s: DocumentState): string[] =>
  s.document.nodes.flatMap((node) => [node.id, node.label, node.kind]);

export const selectOutgoing =
  (source: string) =>
  (s: DocumentState): Edge[] =>
    s.document.edges.filter((edge) => edge.source === source);

/** A node and its place in the document (for JSON Pointers), or no node. */
export const useNodeAt = (id: string | undefined) => useStore(documentStore, useShallow(selectNodeAt(id)));

/** A link and its place in the document, or no link. */
export const useEdgeAt = (id: string | undefined) => useStore(documentStore, useShallow(selectEdgeAt(id)));

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
  const nodes = useStore(documentStore, useShallow(selectNodesOfKind(kind)));
  return useMemo(() => nodes.map((node) => ({ value: node.id, label: node.label })), [nodes]);
}

export interface NodeSummary {
  id: string;
  label: string;
  kind: NodeKind;
}

/** A node as a choice in a picker of any node: "Step: Reserve stock". */
export const nodeChoice = (node: NodeSummary): Option => ({
  value: node.id,
  label: `${NODE_KIND_INFO[node.kind].title}: ${node.label}`,
});

/** Every node's id, label and kind, in document order. */
export function useNodeSummaries(): NodeSummary[] {
  const flat = useStore(documentStore, useShallow(selectNodeWords));
  return useMemo(() => {
    const summaries: NodeSummary[] = [];
    for (let i = 0; i < flat.length; i += 3)
      summaries.push({ id: flat[i] as string, label: flat[i + 1] as string, kind: flat[i + 2] as NodeKind });
    return summaries;
  }, [flat]);
}

/** The links that leave a node, in document order. */
export const useOutgoingEdges = (source: string): Edge[] =>
  useStore(documentStore, useShallow(selectOutgoing(source)));
