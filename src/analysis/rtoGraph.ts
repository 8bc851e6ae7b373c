import type { GraphIndex } from './graphIndex';
import { worstNodeMs } from './rtoTimes';
import { stronglyConnectedComponents } from './scc';

/**
 * The playbook as the RTO budget walks it: one vertex per node plus two virtual ones, each with
 * its worst-case time and where the run can go after it (see `rto.ts` for the arithmetic).
 */
export interface TimeGraph {
  weight: Float64Array;
  successors: number[][];
  /** Virtual vertex: the implicit rollback after a step without a failure edge fails. */
  implicitRollback: number;
  /** Virtual vertex: "some compensation of scope all failed", leading to their failure targets. */
  anyCompensationFails: number;
  /** Every compensation attached to a step, in node order. */
  allCompensations: readonly number[];
  /** The compensations a rollback node runs (its scope's), in node order. */
  scopeOf: (rollback: number) => readonly number[];
}

export function buildTimeGraph(index: GraphIndex): TimeGraph {
  const count = index.nodes.length;
  const implicitRollback = count;
  const anyCompensationFails = count + 1;
  const weight = new Float64Array(count + 2);
  const successors: number[][] = [];

  const allCompensations: number[] = [];
  index.nodes.forEach((node, position) => {
    weight[position] = worstNodeMs(node);
    if (node.kind === 'compensation' && index.compensatedStep[position] !== -1)
      allCompensations.push(position);
  });
  const sum = (list: readonly number[]) => list.reduce((total, position) => total + weight[position]!, 0);
  const allCompensationsMs = sum(allCompensations);

  const scopes = new Map<number, readonly number[]>();
  const scopeOf = (rollback: number): readonly number[] => {
    const node = index.nodes[rollback]!;
    if (node.kind !== 'rollback' || node.scope === 'all') return allCompensations;
    let scope = scopes.get(rollback);
    if (!scope) {
      const positions = new Set<number>();
      for (const stepId of node.scope) {
        const step = index.positionOf.get(stepId);
        const compensation = step === undefined ? -1 : index.compensation[step]!;
        if (compensation !== -1) positions.add(compensation);
      }
      scope = [...positions].sort((a, b) => a - b);
      scopes.set(rollback, scope);
    }
    return scope;
  };

  index.nodes.forEach((node, position) => {
    const next = index.next[position]!;
    const failure = index.failure[position]!;
    const targets: number[] = [];
    if (next !== -1) targets.push(next);
    switch (node.kind) {
      case 'step':
        targets.push(failure === -1 ? implicitRollback : failure);
        break;
      case 'rollback': {
        if (failure !== -1) targets.push(failure);
        const scope = scopeOf(position);
        // Scope "all" shares one sum and one join vertex, so 500 rollbacks over 1,000
        // compensations cost 500 edges, not 500,000.
        if (node.scope === 'all') {
          weight[position] = allCompensationsMs;
          targets.push(anyCompensationFails);
        } else {
          weight[position] = sum(scope);
          for (const compensation of scope) {
            const target = index.failure[compensation]!;
            if (target !== -1) targets.push(target);
          }
        }
        break;
      }
      case 'restore':
      case 'check':
      case 'approval':
        if (failure !== -1) targets.push(failure);
        break;
      case 'decision':
        for (const edge of index.branches[position]!) targets.push(edge.to);
        break;
      case 'compensation':
        // Never walked into: a rollback's weight and successors already account for it.
        targets.length = 0;
        break;
      default:
        break;
    }
    successors.push(targets);
  });
  weight[implicitRollback] = allCompensationsMs;
  successors.push([anyCompensationFails]);
  successors.push(
    allCompensations.map((position) => index.failure[position]!).filter((target) => target !== -1),
  );
  return { weight, successors, implicitRollback, anyCompensationFails, allCompensations, scopeOf };
}

/**
 * Longest time from each vertex to the end of the run, W(v) = weight(v) + max(0, max W(s)), and
 * the successor giving it (`best`, -1 when the run ends there). Components come sinks first, so
 * every successor outside a component is final when the component is folded. Inside a loop:
 * if any member takes time, every member is unbounded (Infinity); otherwise all members share
 * the best exit, and pointers lead to it by a backward search inside the component.
 */
export function longestTimes(graph: TimeGraph): { worst: Float64Array; best: Int32Array } {
  const { weight, successors } = graph;
  const worst = new Float64Array(weight.length);
  const best = new Int32Array(weight.length).fill(-1);
  const components = stronglyConnectedComponents(successors);
  const { component } = components;

  for (let id = 0; id < components.count; id += 1) {
    // Almost every component is one node outside any loop: read it in place, and copy the
    // members out only for a loop (issue 20: a view and an array per node were a third of this).
    const from = components.start[id]!;
    const to = components.start[id + 1]!;
    const first = components.members[from]!;
    const cyclic = to - from > 1 || successors[first]!.includes(first);
    if (!cyclic) {
      let value = 0;
      for (const target of successors[first]!) {
        if (best[first] === -1 || worst[target]! > value) {
          value = worst[target]!;
          best[first] = target;
        }
      }
      worst[first] = weight[first]! + value;
      continue;
    }
    const members = Array.from(components.members.subarray(from, to));
    const inside = (vertex: number) => component[vertex] === id;
    if (members.some((member) => weight[member]! > 0)) {
      for (const member of members) {
        worst[member] = Number.POSITIVE_INFINITY;
        best[member] = successors[member]!.find(inside) ?? -1;
      }
      continue;
    }
    foldZeroTimeLoop(members, inside, successors, worst, best);
  }
  return { worst, best };
}

function foldZeroTimeLoop(
  members: readonly number[],
  inside: (vertex: number) => boolean,
  successors: readonly (readonly number[])[],
  worst: Float64Array,
  best: Int32Array,
) {
  let exitFrom = -1;
  let exitTo = -1;
  for (const member of members) {
    for (const target of successors[member]!) {
      if (inside(target)) continue;
      if (exitTo === -1 || worst[target]! > worst[exitTo]!) {
        exitFrom = member;
        exitTo = target;
      }
    }
  }
  const value = exitTo === -1 ? 0 : worst[exitTo]!;
  for (const member of members) worst[member] = value;
  if (exitFrom === -1) return;
  best[exitFrom] = exitTo;
  const predecessors = new Map<number, number[]>();
  for (const member of members) {
    for (const target of successors[member]!) {
      if (inside(target)) predecessors.set(target, [...(predecessors.get(target) ?? []), member]);
    }
  }
  const queue = [exitFrom];
  const seen = new Set(queue);
  for (let head = 0; head < queue.length; head += 1) {
    for (const from of predecessors.get(queue[head]!) ?? []) {
      if (seen.has(from)) continue;
      seen.add(from);
      best[from] = queue[head]!;
      queue.push(from);
    }
  }
}
