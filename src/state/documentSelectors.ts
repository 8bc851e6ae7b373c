import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Playbook } from '../domain/types';
import type { ValidationError } from '../domain/validationError';
import { documentStore } from './documentStore';

/** The document being edited. Prefer a narrower hook where one fits. */
export const useDocument = (): Playbook => useStore(documentStore, (s) => s.document);
export const useProblems = (): ValidationError[] => useStore(documentStore, (s) => s.problems);
export const useProblemCount = (): number => useStore(documentStore, (s) => s.problems.length);
export const useCanUndo = (): boolean => useStore(documentStore, (s) => s.history.past.length > 0);
export const useCanRedo = (): boolean => useStore(documentStore, (s) => s.history.future.length > 0);
export const useRefusal = (): string | null => useStore(documentStore, (s) => s.refusal);
export const usePlaybookName = (): string => useStore(documentStore, (s) => s.document.name);

/** The name of a role, for a node's owner line; the id when the role is unknown. */
export const useRoleName = (roleId: string | undefined): string | undefined =>
  useStore(documentStore, (s) =>
    roleId === undefined ? undefined : (s.document.roles.find((role) => role.id === roleId)?.name ?? roleId),
  );

/** One node by id, or undefined. */
export const useNode = (id: string | null) =>
  useStore(documentStore, (s) => (id === null ? undefined : s.document.nodes.find((node) => node.id === id)));

/** One edge by id, or undefined. */
export const useEdge = (id: string | null) =>
  useStore(documentStore, (s) => (id === null ? undefined : s.document.edges.find((edge) => edge.id === id)));

/**
 * Problem messages per node id: an error names its node by `target`, or by a `/nodes/N/…` path.
 */
export function problemsByNode(
  document: Playbook,
  problems: readonly ValidationError[],
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const edgeSources = new Map(document.edges.map((edge) => [edge.id, edge.source]));
  for (const problem of problems) {
    const nodeIndex = /^\/nodes\/(\d+)/.exec(problem.path)?.[1];
    const edgeIndex = /^\/edges\/(\d+)/.exec(problem.path)?.[1];
    let nodeId: string | undefined;
    if (nodeIndex !== undefined) nodeId = document.nodes[Number(nodeIndex)]?.id;
    else if (problem.target !== undefined) nodeId = edgeSources.get(problem.target) ?? problem.target;
    else if (edgeIndex !== undefined) nodeId = document.edges[Number(edgeIndex)]?.source;
    if (nodeId === undefined) continue;
    const list = map.get(nodeId) ?? [];
    list.push(problem.message);
    map.set(nodeId, list);
  }
  return map;
}

/** Problems per node for the current document, recomputed only when the problems change. */
export function useProblemsByNode(): Map<string, string[]> {
  const document = useDocument();
  const problems = useProblems();
  // biome-ignore lint/correctness/useExhaustiveDependencies: node indexes only matter when problems change
  return useMemo(() => problemsByNode(document, problems), [problems]);
}
