import type { Edge, Playbook, PlaybookNode } from '../../domain/types';
import { durationMs } from '../../lib/duration';
import { type PlaybookGraph, playbookGraph, startTrigger } from '../plan/playbookGraph';

/** One numbered step of the procedure: a node a person (or the automation they watch) performs. */
export interface ProcedureStep {
  /** 1-based, the order a person meets the steps. */
  number: number;
  node: PlaybookNode;
  /** The step's own expected time: its duration, a rollback's undos, an approval's expected wait. */
  expectedMs: number;
  /** Expected time from the start of the run to the end of this step, on the slowest way to it. */
  runningTotalMs: number;
}

/** Nodes that are no step of their own: the trigger starts the run, an end closes it, an undo is part of its rollback. */
const NOT_A_STEP = new Set<PlaybookNode['kind']>(['trigger', 'end', 'compensation']);

/**
 * The order a person meets the edges of a node, last first: a depth-first walk that enters the
 * failure path before the way on makes the reverse post-order put the way on right after the node
 * and the failure path after it. So the normal run reads first, then each failure path in turn.
 */
function walkOrder(edges: readonly Edge[]): Edge[] {
  const rank = (edge: Edge): number =>
    edge.kind === 'failure' ? 0 : edge.kind === 'branch' ? (edge.when ? 2 : 1) : 3;
  return edges.filter((edge) => edge.kind !== 'compensate').sort((a, b) => rank(a) - rank(b));
}

/**
 * The playbook's nodes in the order a person performs them (spec section 5's walk): reverse
 * post-order of a depth-first walk from the trigger, so on a playbook without loops every dry run
 * meets the steps in increasing number, whatever fails. Nodes no run can reach are left out; a loop
 * is cut where it closes (its way back is a "go to step N" with a smaller N).
 */
export function procedureOrder(
  playbook: Playbook,
  graph: PlaybookGraph = playbookGraph(playbook),
): ProcedureStep[] {
  const start = startTrigger(playbook);
  if (!start) return [];
  const visited = new Set<string>();
  const postOrder: string[] = [];
  const visit = (id: string): void => {
    if (visited.has(id)) return;
    visited.add(id);
    for (const edge of walkOrder(graph.outgoing(id))) visit(edge.target);
    postOrder.push(id);
  };
  visit(start.id);
  const order = postOrder.reverse();
  const position = new Map(order.map((id, index) => [id, index]));

  // Longest expected time to reach each node, over the edges that go forward in this order.
  const arrivalMs = new Map<string, number>([[start.id, 0]]);
  const steps: ProcedureStep[] = [];
  for (const id of order) {
    const node = graph.node(id);
    const expectedMs = expectedTimeMs(node, graph);
    const doneMs = (arrivalMs.get(id) ?? 0) + expectedMs;
    for (const edge of graph.outgoing(id)) {
      if (edge.kind === 'compensate' || (position.get(edge.target) ?? -1) <= (position.get(id) ?? 0))
        continue;
      arrivalMs.set(edge.target, Math.max(arrivalMs.get(edge.target) ?? 0, doneMs));
    }
    if (!NOT_A_STEP.has(node.kind))
      steps.push({ number: steps.length + 1, node, expectedMs, runningTotalMs: doneMs });
  }
  return steps;
}

/** What a node is expected to take: the dry run's duration, a rollback every undo in its scope. */
function expectedTimeMs(node: PlaybookNode, graph: PlaybookGraph): number {
  switch (node.kind) {
    case 'step':
    case 'restore':
      return durationMs(node.duration);
    case 'approval':
      return durationMs(node.simulatedWait);
    case 'rollback':
      return undoneBy(node, graph).reduce(
        (sum, step) => sum + durationMs(graph.compensationOf(step.id)?.duration ?? 'PT0S'),
        0,
      );
    default:
      return 0;
  }
}

/** The steps a rollback undoes when all of them completed, most recent first. */
export function undoneBy(node: PlaybookNode, graph: PlaybookGraph): PlaybookNode[] {
  if (node.kind !== 'rollback') return [];
  const inScope = (id: string) => node.scope === 'all' || node.scope.includes(id);
  return [...graph.stepOrder]
    .reverse()
    .filter((id) => inScope(id) && graph.compensationOf(id))
    .map((id) => graph.node(id));
}
