import type { Edge, PlaybookNode } from '../domain/types';
import type { RunOutcome } from './events';
import { visitNode } from './nodes';
import { reachNode } from './reach';
import { rollbackWalk } from './rollback';
import type { RunState } from './state';

/** Section 4: a run stops after this many node visits, with outcome `failed`. */
export const MAX_VISITS = 10_000;

function finish(state: RunState, outcome: RunOutcome, endNode: string | null, reason: string): void {
  state.outcome = outcome;
  state.endNode = endNode;
  if (state.recording)
    state.emit({ type: 'end', node: endNode, outcome, endNode, message: `${outcome}: ${reason}` });
}

/**
 * Where the walk goes after `node` failed (rule 4): its failure edge; for a step without one, the
 * implicit rollback and then the end; for a rollback without one, `rollback_incomplete`; else `failed`.
 * Returns the edge to follow, or `null` when the run has ended.
 */
function afterFailure(state: RunState, node: PlaybookNode, reason: string): Edge | null {
  state.markFailed(node.id);
  if (state.recording) state.emit({ type: 'failed', node: node.id, reason, message: reason });
  const failure = state.edge(node.id, 'failure');
  if (failure) return failure;
  if (node.kind === 'step') {
    const rollback = rollbackWalk(state, 'all', null);
    if (rollback.ok) {
      finish(state, 'rolled_back', null, `implicit rollback after ${node.id} failed`);
      return null;
    }
    const compensationFailure = state.edge(rollback.compensation, 'failure');
    if (compensationFailure) return compensationFailure;
    finish(state, 'rollback_incomplete', null, `compensation ${rollback.compensation} failed`);
    return null;
  }
  if (node.kind === 'rollback') {
    finish(state, 'rollback_incomplete', null, reason);
    return null;
  }
  finish(state, 'failed', null, `${node.id} failed with no failure edge: ${reason}`);
  return null;
}

/** Where the walk is between two nodes: the node it goes to, and the edge it takes there. */
export interface WalkPosition {
  node: PlaybookNode;
  via: Edge | null;
}

/**
 * One turn of the walk (spec section 5, rule 2): count the visit, reach the node, do its work,
 * and find where to go next. Returns that position, or `null` once the run has ended. Events are
 * recorded in `state` as they happen (a session reads the data at each through `onEvent`);
 * between two turns the whole run is in `state` and the position, which is where a drill forks.
 */
export function walkOne(state: RunState, position: WalkPosition): WalkPosition | null {
  const { node, via } = position;
  state.visits += 1;
  if (state.visits > MAX_VISITS) {
    finish(state, 'failed', null, `stopped after ${MAX_VISITS.toLocaleString('en-US')} node visits`);
    return null;
  }
  reachNode(state, node, via);
  const result = visitNode(state, node);
  let next: Edge | null | undefined;
  switch (result.kind) {
    case 'end':
      finish(state, result.outcome, result.endNode, result.reason);
      return null;
    case 'goto':
      next = result.edge;
      break;
    case 'next':
      next = state.edge(node.id, 'next');
      if (!next) {
        finish(state, 'failed', null, `dead end at ${node.id}`);
        return null;
      }
      break;
    case 'failed':
      next = afterFailure(state, node, result.reason);
      if (next === null) return null;
      break;
  }
  return { node: state.node(next.target), via: next };
}

/**
 * The walk: from `start` (the trigger, or where a forked run goes on), turn after turn, until an
 * end node, a dead end, an unrecovered failure or the visit limit.
 */
export function walk(state: RunState, start: PlaybookNode, via: Edge | null = null): void {
  let position: WalkPosition | null = { node: start, via };
  while (position !== null) position = walkOne(state, position);
}
