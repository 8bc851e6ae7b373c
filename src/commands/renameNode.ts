import { ID_PATTERN } from '../domain/schema/scalars';
import type { Playbook, PlaybookNode } from '../domain/types';

/** Why a node id cannot become `to`, or null when it can. */
export function renameRefusal(playbook: Playbook, from: string, to: string): string | null {
  if (!playbook.nodes.some((node) => node.id === from)) return `Node "${from}" does not exist`;
  if (!ID_PATTERN.test(to))
    return 'An id is a letter, then up to 63 letters, digits, "_", "." or "-" (such as "s1" or "book-shipment")';
  if (to !== from && (playbook.nodes.some((n) => n.id === to) || playbook.edges.some((e) => e.id === to)))
    return `The id "${to}" is already used`;
  return null;
}

function renameInNode(node: PlaybookNode, from: string, to: string): PlaybookNode {
  const id = node.id === from ? to : node.id;
  switch (node.kind) {
    case 'restore':
      return { ...node, id, checkpoint: node.checkpoint === from ? to : node.checkpoint };
    case 'rollback':
      return {
        ...node,
        id,
        scope: node.scope === 'all' ? 'all' : node.scope.map((s) => (s === from ? to : s)),
      };
    case 'check':
      return {
        ...node,
        id,
        invariants: node.invariants.map((inv) =>
          inv.type === 'matchesCheckpoint' && inv.checkpoint === from ? { ...inv, checkpoint: to } : inv,
        ),
      };
    default:
      return node.id === from ? { ...node, id } : node;
  }
}

/**
 * The playbook with a node's id changed everywhere it is named: the node, its edges, restores,
 * rollback scopes, checkpoint invariants and the scenarios (trigger, faults, approvals, expect).
 * Renaming back with the ids swapped is its exact inverse.
 */
export function renameNodeId(playbook: Playbook, from: string, to: string): Playbook {
  const swap = (id: string) => (id === from ? to : id);
  return {
    ...playbook,
    nodes: playbook.nodes.map((node) => renameInNode(node, from, to)),
    edges: playbook.edges.map((edge) =>
      edge.source === from || edge.target === from
        ? { ...edge, source: swap(edge.source), target: swap(edge.target) }
        : edge,
    ),
    scenarios: playbook.scenarios.map((scenario) => {
      const next = {
        ...scenario,
        faults: scenario.faults.map((fault) => (fault.node === from ? { ...fault, node: to } : fault)),
        approvals: Object.fromEntries(Object.entries(scenario.approvals).map(([id, v]) => [swap(id), v])),
        expect: {
          ...scenario.expect,
          ...(scenario.expect.endNode === undefined ? {} : { endNode: swap(scenario.expect.endNode) }),
          ...(scenario.expect.dataMatches === undefined
            ? {}
            : { dataMatches: swap(scenario.expect.dataMatches) }),
        },
      };
      return scenario.trigger === undefined ? next : { ...next, trigger: swap(scenario.trigger) };
    }),
  };
}
