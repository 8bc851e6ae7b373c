import type { Edge } from '../domain/types';
import type { SimEvent } from '../simulator';

/** How a visited edge is drawn: the forward path, a failure edge, or the recovery after a failure. */
export type TracedEdge = 'forward' | 'failure' | 'recovery';

/** What happened to a node so far: reached, failed, or undone (a compensation that ran). */
export type TracedNode = 'visited' | 'failed' | 'compensated';

/** What the canvas shows of a run at one event. */
export interface RunTrace {
  /** The node of the event at the cursor; `null` before the first event. */
  current: string | null;
  nodes: ReadonlyMap<string, TracedNode>;
  edges: ReadonlyMap<string, TracedEdge>;
}

export const EMPTY_TRACE: RunTrace = { current: null, nodes: new Map(), edges: new Map() };

/**
 * The trace of a run up to and including event `cursor`. An edge entered after the first
 * failure belongs to the recovery (failure edge, compensations, the way to the end), so the
 * canvas can draw the forward path, the failure and the recovery differently.
 */
export function traceAt(events: readonly SimEvent[], cursor: number, edges: readonly Edge[]): RunTrace {
  if (cursor < 0 || events.length === 0) return EMPTY_TRACE;
  const kindOf = new Map(edges.map((edge) => [edge.id, edge.kind]));
  const nodes = new Map<string, TracedNode>();
  const traced = new Map<string, TracedEdge>();
  let failed = false;
  const last = Math.min(cursor, events.length - 1);
  for (let index = 0; index <= last; index += 1) {
    const event = events[index]!;
    if (event.type === 'enter') {
      if (event.node !== null && !nodes.has(event.node)) nodes.set(event.node, 'visited');
      if (event.edge !== null) {
        const kind = kindOf.get(event.edge);
        traced.set(
          event.edge,
          kind === 'failure' ? 'failure' : failed || kind === 'compensate' ? 'recovery' : 'forward',
        );
      }
    } else if (event.type === 'failed' || (event.type === 'check' && !event.passed)) {
      failed = true;
      if (event.node !== null) nodes.set(event.node, 'failed');
    } else if (event.type === 'compensate') {
      nodes.set(event.compensation, 'compensated');
    } else if (event.type === 'approval' && event.decision !== 'approve') {
      failed = true;
      if (event.node !== null) nodes.set(event.node, 'failed');
    }
  }
  return { current: events[last]!.node, nodes, edges: traced };
}
