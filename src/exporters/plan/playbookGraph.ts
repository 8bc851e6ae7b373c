import type { Edge, EdgeKind, NodeOf, Playbook, PlaybookNode } from '../../domain/types';

/** Read-only lookups over a parsed playbook's nodes and edges, shared by every exporter. */
export interface PlaybookGraph {
  playbook: Playbook;
  node: (id: string) => PlaybookNode;
  /** The one outgoing edge of that kind, if any (a decision has up to two `branch` edges). */
  edge: (source: string, kind: EdgeKind) => Edge | undefined;
  /** The `branch` edge of a decision whose `when` equals the given value. */
  branch: (decision: string, when: boolean) => Edge | undefined;
  /** The compensation wired to a step by its `compensate` edge. */
  compensationOf: (stepId: string) => NodeOf<'compensation'> | undefined;
  /** The step a compensation belongs to. */
  stepOf: (compensationId: string) => NodeOf<'step'> | undefined;
  incoming: (target: string) => Edge[];
  outgoing: (source: string) => Edge[];
  /** Step ids in an order consistent with every path (a topological order of the `next`/`branch` graph). */
  stepOrder: string[];
}

/** Builds the lookups once; exporters never scan the edge list in a loop. */
export function playbookGraph(playbook: Playbook): PlaybookGraph {
  const nodes = new Map(playbook.nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, Edge[]>();
  const incomingEdges = new Map<string, Edge[]>();
  for (const edge of playbook.edges) {
    outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge]);
    incomingEdges.set(edge.target, [...(incomingEdges.get(edge.target) ?? []), edge]);
  }
  const node = (id: string): PlaybookNode => {
    const found = nodes.get(id);
    if (!found) throw new Error(`Unknown node ${id}: the playbook was not parsed`);
    return found;
  };
  const compensationOf = (stepId: string): NodeOf<'compensation'> | undefined => {
    const edge = (outgoing.get(stepId) ?? []).find((candidate) => candidate.kind === 'compensate');
    const target = edge ? nodes.get(edge.target) : undefined;
    return target?.kind === 'compensation' ? target : undefined;
  };
  const stepOf = (compensationId: string): NodeOf<'step'> | undefined => {
    const edge = (incomingEdges.get(compensationId) ?? []).find(
      (candidate) => candidate.kind === 'compensate',
    );
    const source = edge ? nodes.get(edge.source) : undefined;
    return source?.kind === 'step' ? source : undefined;
  };
  return {
    playbook,
    node,
    edge: (source, kind) => (outgoing.get(source) ?? []).find((edge) => edge.kind === kind),
    branch: (decision, when) =>
      (outgoing.get(decision) ?? []).find((edge) => edge.kind === 'branch' && edge.when === when),
    compensationOf,
    stepOf,
    incoming: (target) => incomingEdges.get(target) ?? [],
    outgoing: (source) => outgoing.get(source) ?? [],
    stepOrder: topologicalSteps(playbook, outgoing),
  };
}

/**
 * Depth-first post-order over forward edges, reversed: on a graph without cycles every path visits
 * steps in this order, so "reverse of this order, restricted to the steps completed" is the reverse
 * completion order the spec asks for. Cycles are cut where they close; node-list order breaks ties.
 */
function topologicalSteps(playbook: Playbook, outgoing: Map<string, Edge[]>): string[] {
  const visited = new Set<string>();
  const postOrder: string[] = [];
  const visit = (id: string): void => {
    if (visited.has(id)) return;
    visited.add(id);
    for (const edge of outgoing.get(id) ?? []) {
      if (edge.kind !== 'compensate') visit(edge.target);
    }
    postOrder.push(id);
  };
  for (const node of playbook.nodes) if (node.kind === 'trigger') visit(node.id);
  for (const node of playbook.nodes) visit(node.id);
  const steps = new Set(playbook.nodes.filter((node) => node.kind === 'step').map((node) => node.id));
  return postOrder.reverse().filter((id) => steps.has(id));
}

/** The trigger a run starts at: the only one, or the first in node-list order (others are noted as losses). */
export function startTrigger(playbook: Playbook): NodeOf<'trigger'> | undefined {
  return playbook.nodes.find((node): node is NodeOf<'trigger'> => node.kind === 'trigger');
}
