import { IdGraphIndex } from '../../domain/idGraphIndex';
import type { Edge, EdgeKind, NodeOf, Playbook, PlaybookNode } from '../../domain/types';

/**
 * Read-only lookups over a parsed playbook's nodes and edges, shared by every exporter: the shared
 * id index (`domain/idGraphIndex.ts`) plus what only exporters ask, nodes returned typed by kind,
 * a decision's branch by answer and the step order of the compensation chain.
 */
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
  incoming: (target: string) => readonly Edge[];
  outgoing: (source: string) => readonly Edge[];
  /** Step ids in an order consistent with every path (a topological order of the `next`/`branch` graph). */
  stepOrder: string[];
}

/** Builds the lookups once; exporters never scan the edge list in a loop. */
export function playbookGraph(playbook: Playbook): PlaybookGraph {
  const index = new IdGraphIndex(playbook);
  const node = (id: string): PlaybookNode => {
    const found = index.nodes.get(id);
    if (!found) throw new Error(`Unknown node ${id}: the playbook was not parsed`);
    return found;
  };
  const ofKind = <K extends PlaybookNode['kind']>(id: string | undefined, kind: K) => {
    const found = id === undefined ? undefined : index.nodes.get(id);
    return found?.kind === kind ? (found as NodeOf<K>) : undefined;
  };
  return {
    playbook,
    node,
    edge: (source, kind) => index.edge(source, kind),
    branch: (decision, when) =>
      index.edgesFrom(decision).find((edge) => edge.kind === 'branch' && edge.when === when),
    compensationOf: (stepId) => ofKind(index.compensationOf.get(stepId), 'compensation'),
    stepOf: (compensationId) => ofKind(index.stepOf.get(compensationId), 'step'),
    incoming: (target) => index.edgesInto(target),
    outgoing: (source) => index.edgesFrom(source),
    stepOrder: topologicalSteps(playbook, index),
  };
}

/**
 * Depth-first post-order over forward edges, reversed: on a graph without cycles every path visits
 * steps in this order, so "reverse of this order, restricted to the steps completed" is the reverse
 * completion order the spec asks for. Cycles are cut where they close; node-list order breaks ties.
 */
function topologicalSteps(playbook: Playbook, index: IdGraphIndex): string[] {
  const visited = new Set<string>();
  const postOrder: string[] = [];
  const visit = (id: string): void => {
    if (visited.has(id)) return;
    visited.add(id);
    for (const edge of index.edgesFrom(id)) {
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
