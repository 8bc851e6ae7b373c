import type { Playbook } from '../domain/types';
import { durationMs } from '../lib/duration';
import { type GraphIndex, graphIndexOf } from './graphIndex';
import { buildTimeGraph, longestTimes, type TimeGraph } from './rtoGraph';

/** One node on the critical recovery path and the worst-case time spent in it. */
export interface RtoPathEntry {
  node: string;
  ms: number;
}

/** The worst-case recovery time of a playbook, computed without running it (spec section 5). */
export interface RtoBudget {
  /** Worst-case ms from the first failure to the end of the run; Infinity when unbounded. */
  worstCaseMs: number;
  /** False when a recovery path can go round a loop that takes time (only the 10,000-visit limit stops it). */
  bounded: boolean;
  /** The node whose failure gives the worst case; null when no node can fail. */
  failingNode: string | null;
  /** Node ids from the failing node to where the run ends; a rollback is followed by the compensations it runs. */
  path: string[];
  /** The same path with each node's worst-case ms (the failing node's own attempts are before the clock: 0). */
  breakdown: RtoPathEntry[];
  /** `objectives.rto` in ms, null when the playbook sets none. */
  rtoMs: number | null;
  /** worstCaseMs ≤ rtoMs; null when there is no RTO. */
  withinRto: boolean | null;
}

/**
 * The worst-case recovery time: the longest time any run can spend between its first failure
 * (the recovery clock, spec section 5 item 4) and its end. The arithmetic:
 *
 * 1. **Node times** (`rtoTimes.ts`): a step or compensation takes at most
 *    `n × max(duration, timeout) + Σ_{k=1}^{n-1} backoff × multiplier^(k-1)` for n = maxAttempts
 *    (every attempt fails or times out, with every backoff wait); a restore its `duration`; an
 *    approval `max(simulatedWait, timeout)`; a rollback the sum of the worst times of every
 *    compensation in its scope (we do not know which steps completed, so all of them, each with
 *    its own worst-case retries); the implicit rollback of a step without a failure edge, the sum
 *    over all compensations. Other nodes take no time.
 * 2. **Where a node can go next** (`rtoGraph.ts`): its next edge (it succeeded), its failure edge
 *    (it failed), for a step without one the implicit rollback, for a decision either branch, for
 *    a rollback also the failure edge of any compensation it runs (a compensation that fails
 *    part-way has run at most all of them, so the full sum stays an upper bound).
 * 3. **Longest path** W(v) = time(v) + max over successors W(s), computed over the strongly
 *    connected components in reverse topological order. A loop of zero-time nodes (a decision
 *    re-checking data) adds nothing; a loop through a node that takes time makes W infinite.
 * 4. **Budget** = max over every node that can fail of the time after its failure: W(failure
 *    target), or W(implicit rollback) for a step without a failure edge, or 0 for another node
 *    without one (the run ends "failed"); a compensation that fails without a failure edge falls
 *    back to the failure edge of the rollbacks that can run it. Later failures on the same run
 *    are inside W, so the maximum over first failures bounds every run's `recoveryMs`.
 * Ties go to the first failing node in node order. O(nodes + edges + rollback scopes).
 */
export function rtoBudget(playbook: Playbook): RtoBudget {
  // The designer asks twice per edit (the rto-budget rule, then the Problems panel's budget):
  // memoized per document object like the graph index, since documents are immutable values.
  let budget = budgets.get(playbook);
  if (!budget) {
    budget = computeRtoBudget(playbook);
    budgets.set(playbook, budget);
  }
  return budget;
}

const budgets = new WeakMap<Playbook, RtoBudget>();

function computeRtoBudget(playbook: Playbook): RtoBudget {
  const index = graphIndexOf(playbook);
  const graph = buildTimeGraph(index);
  const { worst, best } = longestTimes(graph);
  const rtoMs = playbook.objectives.rto === undefined ? null : durationMs(playbook.objectives.rto);

  let worstCaseMs = 0;
  let failing = -1;
  let route: number[] = [];
  const considered = (position: number) => index.triggers.length === 0 || index.reachable[position] === 1;
  const consider = (position: number, continuation: number) => {
    const ms = continuation === -1 ? 0 : worst[continuation]!;
    if (failing !== -1 && ms <= worstCaseMs) return;
    worstCaseMs = ms;
    failing = position;
    route = continuation === -1 ? [] : walk(continuation, best);
  };
  const fallback = compensationFallbacks(index, graph, worst);

  index.nodes.forEach((node, position) => {
    if (!considered(position)) return;
    const failure = index.failure[position]!;
    switch (node.kind) {
      case 'step':
        consider(position, failure === -1 ? graph.implicitRollback : failure);
        return;
      case 'restore':
      case 'check':
      case 'approval':
        consider(position, failure);
        return;
      case 'compensation':
        if (index.compensatedStep[position] === -1) return;
        consider(position, failure === -1 ? fallback[position]! : failure);
        return;
      default:
        return;
    }
  });

  const breakdown: RtoPathEntry[] =
    failing === -1
      ? []
      : [{ node: index.nodes[failing]!.id, ms: 0 }, ...route.flatMap((v) => entriesOf(v, index, graph))];
  return {
    worstCaseMs,
    bounded: Number.isFinite(worstCaseMs),
    failingNode: failing === -1 ? null : index.nodes[failing]!.id,
    path: breakdown.map((entry) => entry.node),
    breakdown,
    rtoMs,
    withinRto: rtoMs === null ? null : worstCaseMs <= rtoMs,
  };
}

/**
 * Where a compensation without a failure edge goes when it fails: the failure target, among the
 * rollbacks that can run it, with the longest W (-1: the run ends `rollback_incomplete`).
 */
function compensationFallbacks(index: GraphIndex, graph: TimeGraph, worst: Float64Array): Int32Array {
  const fallback = new Int32Array(index.nodes.length).fill(-1);
  const offer = (compensation: number, target: number) => {
    const current = fallback[compensation]!;
    if (current === -1 || worst[target]! > worst[current]!) fallback[compensation] = target;
  };
  // Rollbacks of scope "all" can run every compensation: fold them into one best target first,
  // which keeps this linear however many such rollbacks there are.
  let allScope = -1;
  index.nodes.forEach((node, position) => {
    const failure = index.failure[position]!;
    if (node.kind !== 'rollback' || failure === -1) return;
    if (node.scope !== 'all') {
      for (const compensation of graph.scopeOf(position)) offer(compensation, failure);
    } else if (allScope === -1 || worst[failure]! > worst[allScope]!) allScope = failure;
  });
  if (allScope !== -1) for (const compensation of graph.allCompensations) offer(compensation, allScope);
  return fallback;
}

/** Follows the longest-path pointers from a vertex; stops at the end or where a loop closes. */
function walk(start: number, best: Int32Array): number[] {
  const route: number[] = [];
  const seen = new Set<number>();
  for (let vertex = start; vertex !== -1 && !seen.has(vertex); vertex = best[vertex]!) {
    seen.add(vertex);
    route.push(vertex);
  }
  return route;
}

/** The path entries of a time-graph vertex: a rollback is listed with the compensations it runs. */
function entriesOf(vertex: number, index: GraphIndex, graph: TimeGraph): RtoPathEntry[] {
  const compensations = (list: readonly number[]) =>
    list.map((position) => ({ node: index.nodes[position]!.id, ms: graph.weight[position]! }));
  if (vertex === graph.implicitRollback) return compensations(graph.allCompensations);
  if (vertex >= index.nodes.length) return [];
  const node = index.nodes[vertex]!;
  if (node.kind === 'rollback') return [{ node: node.id, ms: 0 }, ...compensations(graph.scopeOf(vertex))];
  return [{ node: node.id, ms: graph.weight[vertex]! }];
}
