import { nodePositionsOf } from '../domain/idGraphIndex';
import type { EdgeKind, Playbook, PlaybookNode } from '../domain/types';

/** An edge as the analysis walks it: node positions instead of ids. */
export interface IndexedEdge {
  id: string;
  kind: EdgeKind;
  from: number;
  to: number;
  when: boolean | undefined;
}

/**
 * The playbook's graph, computed once and shared by every rule and the RTO budget: nodes by
 * position, the single `next` / `failure` / `compensate` edge of each node, and adjacency lists.
 * Edges whose ends do not exist are left out, so the analysis never trips on a document that
 * failed validation (the Problems panel lints what is on the canvas, valid or not).
 *
 * Kept apart from the id index the simulator, exporters and review share (`domain/idGraphIndex`)
 * because it differs where it matters: lint runs on every edit at 5,000 nodes, so it works by
 * position in typed arrays rather than by id in maps, drops dangling edges and adds reachability.
 */
export interface GraphIndex {
  nodes: readonly PlaybookNode[];
  positionOf: ReadonlyMap<string, number>;
  /** `next` target position per node, -1 when none (the first one when a document has several). */
  next: Int32Array;
  /** `failure` target position per node, -1 when none. */
  failure: Int32Array;
  /** The compensation of a step, -1 when none. */
  compensation: Int32Array;
  /** The step a compensation undoes, -1 when none. */
  compensatedStep: Int32Array;
  /** Branch edges leaving each decision. */
  branches: readonly (readonly IndexedEdge[])[];
  /** Every edge leaving each node, of any kind. */
  outgoing: readonly (readonly IndexedEdge[])[];
  /** Every edge entering each node, of any kind. */
  incoming: readonly (readonly IndexedEdge[])[];
  /** Targets of `next` and `branch` edges: where the run goes when the node succeeds. */
  successSuccessors: readonly (readonly number[])[];
  /** Trigger positions, in node order. */
  triggers: readonly number[];
  /**
   * 1 when the node can run in some run: reachable from a trigger by next, branch and failure
   * edges, a compensation through its step (any rollback may run it once the step completed).
   */
  reachable: Uint8Array;
}

const cache = new WeakMap<Playbook, GraphIndex>();

/**
 * The graph index of a playbook, memoized per playbook object. Playbooks are immutable values
 * (every edit is a command producing a new document), so the cache can never go stale.
 */
export function graphIndexOf(playbook: Playbook): GraphIndex {
  let index = cache.get(playbook);
  if (!index) {
    index = buildGraphIndex(playbook);
    cache.set(playbook, index);
  }
  return index;
}

function buildGraphIndex(playbook: Playbook): GraphIndex {
  const { nodes } = playbook;
  const count = nodes.length;
  // Shared with validation: the document parse returns comes with its node positions (issue 20).
  const positionOf = nodePositionsOf(nodes);
  const next = new Int32Array(count).fill(-1);
  const failure = new Int32Array(count).fill(-1);
  const compensation = new Int32Array(count).fill(-1);
  const compensatedStep = new Int32Array(count).fill(-1);
  // Every node starts with the one shared empty list; a list is made only for a node that has an
  // edge of that sort (issue 20: four arrays per node, most never filled, were a tenth of lint).
  const branches = emptyLists<IndexedEdge>(count);
  const outgoing = emptyLists<IndexedEdge>(count);
  const incoming = emptyLists<IndexedEdge>(count);
  const successSuccessors = emptyLists<number>(count);

  for (const edge of playbook.edges) {
    const from = positionOf.get(edge.source);
    const to = positionOf.get(edge.target);
    if (from === undefined || to === undefined) continue;
    const indexed: IndexedEdge = { id: edge.id, kind: edge.kind, from, to, when: edge.when };
    append(outgoing, from, indexed);
    append(incoming, to, indexed);
    switch (edge.kind) {
      case 'next':
        if (next[from] === -1) next[from] = to;
        append(successSuccessors, from, to);
        break;
      case 'branch':
        append(branches, from, indexed);
        append(successSuccessors, from, to);
        break;
      case 'failure':
        if (failure[from] === -1) failure[from] = to;
        break;
      case 'compensate':
        if (compensation[from] === -1) compensation[from] = to;
        if (compensatedStep[to] === -1) compensatedStep[to] = from;
        break;
    }
  }

  const triggers: number[] = [];
  nodes.forEach((node, position) => {
    if (node.kind === 'trigger') triggers.push(position);
  });
  const reachable = reachableFrom(triggers, outgoing, count);
  return {
    nodes,
    positionOf,
    next,
    failure,
    compensation,
    compensatedStep,
    branches,
    outgoing,
    incoming,
    successSuccessors,
    triggers,
    reachable,
  };
}

const NONE: readonly never[] = Object.freeze([]);

function emptyLists<T>(count: number): T[][] {
  return new Array<T[]>(count).fill(NONE as never[]);
}

function append<T>(lists: T[][], at: number, item: T): void {
  const list = lists[at]!;
  if ((list as readonly unknown[]) === NONE) lists[at] = [item];
  else list.push(item);
}

/** Breadth-first search over every edge kind: compensate edges carry a step to its undo. */
function reachableFrom(
  starts: readonly number[],
  outgoing: readonly (readonly IndexedEdge[])[],
  count: number,
): Uint8Array {
  const seen = new Uint8Array(count);
  const queue = [...starts];
  for (const start of starts) seen[start] = 1;
  for (let head = 0; head < queue.length; head += 1) {
    for (const edge of outgoing[queue[head]!]!) {
      if (seen[edge.to]) continue;
      seen[edge.to] = 1;
      queue.push(edge.to);
    }
  }
  return seen;
}
