import type { PlaybookNode } from '../domain/types';
import type { GraphIndex } from './graphIndex';

/**
 * "Every path from a trigger to X passes a node P" for every X at once, on graphs with cycles.
 *
 * This is a forward *must* dataflow problem over the boolean lattice (true ⊑ false):
 *
 *   in(trigger) = false
 *   in(X)       = AND over edges e = (p → X) of out(p, e)
 *   out(p, e)   = in(p) OR (P(p) AND e is not a failure edge)
 *
 * A node "passes" only when it is left by a success edge (`next`, `branch`, or `compensate`: a
 * compensation runs only after its step completed); leaving a rejected approval by its `failure`
 * edge did not pass it. We compute the greatest fixed point: every `in` starts at true (the top)
 * and a worklist lowers values to false. A value can only fall once, so each node is processed at
 * most once after it falls and the whole pass is O(nodes + edges) even with loops; on a loop, the
 * greatest fixed point is exactly "every finite path from a trigger passes P", which is the
 * property we want (a loop that never leaves P-free territory does not make a path exist).
 * Nodes no trigger reaches keep `true` (vacuously: no path reaches them); `no-unreachable`
 * reports those.
 *
 * Returns `1` at position X when every path to X passes a P node (X itself not counted).
 */
export function mustPassBefore(index: GraphIndex, passes: (node: PlaybookNode) => boolean): Uint8Array {
  const count = index.nodes.length;
  const value = new Uint8Array(count).fill(1);
  const isPasser = new Uint8Array(count);
  index.nodes.forEach((node, position) => {
    if (passes(node)) isPasser[position] = 1;
  });
  const queue: number[] = [];
  for (const trigger of index.triggers) {
    value[trigger] = 0;
    queue.push(trigger);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const from = queue[head]!;
    for (const edge of index.outgoing[from]!) {
      const carried = isPasser[from] === 1 && edge.kind !== 'failure';
      if (carried || value[edge.to] === 0) continue;
      value[edge.to] = 0;
      queue.push(edge.to);
    }
  }
  return value;
}

/**
 * "Every path of success edges (next, branch) from X to an `end` passes a node P, X included",
 * for every X at once: the backward counterpart of {@link mustPassBefore}.
 *
 *   v(end) = P(end)
 *   v(X)   = P(X) OR AND over success successors S of v(S)
 *
 * Again the greatest fixed point by a falling worklist, O(nodes + edges): values start true and
 * fall from the ends backwards. A node with no success edge (a dead end, reported by
 * `end-reachable`) and a loop with no way to an end stay true: no path to an end exists there.
 */
export function mustPassBeforeEnd(index: GraphIndex, passes: (node: PlaybookNode) => boolean): Uint8Array {
  const count = index.nodes.length;
  const value = new Uint8Array(count).fill(1);
  const isPasser = new Uint8Array(count);
  const queue: number[] = [];
  index.nodes.forEach((node, position) => {
    if (passes(node)) isPasser[position] = 1;
    else if (node.kind === 'end') {
      value[position] = 0;
      queue.push(position);
    }
  });
  for (let head = 0; head < queue.length; head += 1) {
    for (const edge of index.incoming[queue[head]!]!) {
      if (edge.kind !== 'next' && edge.kind !== 'branch') continue;
      if (isPasser[edge.from] === 1 || value[edge.from] === 0) continue;
      value[edge.from] = 0;
      queue.push(edge.from);
    }
  }
  return value;
}

/** Positions from which some `end` is reachable by success edges (next, branch): a backward BFS. */
export function canReachEnd(index: GraphIndex): Uint8Array {
  const value = new Uint8Array(index.nodes.length);
  const queue: number[] = [];
  index.nodes.forEach((node, position) => {
    if (node.kind === 'end') {
      value[position] = 1;
      queue.push(position);
    }
  });
  for (let head = 0; head < queue.length; head += 1) {
    for (const edge of index.incoming[queue[head]!]!) {
      if (edge.kind !== 'next' && edge.kind !== 'branch') continue;
      if (value[edge.from] === 1) continue;
      value[edge.from] = 1;
      queue.push(edge.from);
    }
  }
  return value;
}
