import type { Edge, NodeOf } from '../domain/types';
import { runAttempts } from './attempts';
import { reachNode } from './reach';
import type { RunState, StackEntry } from './state';
import { compensationWork } from './work';

export type RollbackOutcome = { ok: true } | { ok: false; compensation: string; reason: string };

const DONE: RollbackOutcome = Object.freeze({ ok: true });

/**
 * Runs the compensation of one step (its own retry policy). On success the step leaves the stack.
 * `via` is the compensate edge a rollback takes, or `undefined` when the walk already entered the
 * node (and reports its failure itself).
 */
export function compensate(
  state: RunState,
  compensation: NodeOf<'compensation'>,
  stepId: string,
  via: Edge | null | undefined,
): RollbackOutcome {
  if (via !== undefined) reachNode(state, compensation, via);
  state.compensations.run += 1;
  const outcome = runAttempts(state, compensation, compensationWork(state, compensation, stepId));
  if (!outcome.ok) {
    state.compensations.failed += 1;
    if (via === undefined) return { ok: false, compensation: compensation.id, reason: outcome.reason };
    state.markFailed(compensation.id);
    if (state.recording)
      state.emit({
        type: 'failed',
        node: compensation.id,
        reason: outcome.reason,
        message: outcome.reason,
      });
    return { ok: false, compensation: compensation.id, reason: outcome.reason };
  }
  state.compensations.succeeded += 1;
  state.removeFromStack(stepId);
  if (state.recording)
    state.emit({
      type: 'compensate',
      node: compensation.id,
      step: stepId,
      compensation: compensation.id,
      strategy: compensation.strategy,
      message: `${compensation.label}: ${stepId} undone (${compensation.strategy})`,
    });
  return DONE;
}

/**
 * The rollback walk (spec section 5, rule 5):
 * 1. take the steps in scope still on the stack, newest completion first;
 * 2. skip a step without compensation (a `not-compensated` event when it has effects);
 * 3. run each compensation; the first that fails stops the walk and is returned, so the caller
 *    follows its failure edge, else the rollback node's, else ends `rollback_incomplete`.
 */
export function rollbackWalk(
  state: RunState,
  scope: 'all' | readonly string[],
  rollbackNode: string | null,
): RollbackOutcome {
  // 1. Steps in scope, in reverse order of completion. The stack is kept in completion order
  // (a completion goes on top; removals keep the order), so this is the stack read backwards.
  const entries: StackEntry[] = [];
  let ordered = true;
  for (let index = state.stack.length - 1; index >= 0; index -= 1) {
    const entry = state.stack[index]!;
    if (scope !== 'all' && !scope.includes(entry.step)) continue;
    if (entries.length > 0 && entries[entries.length - 1]!.order < entry.order) ordered = false;
    entries.push(entry);
  }
  if (!ordered) entries.sort((a, b) => b.order - a.order);
  if (state.recording)
    state.emit({
      type: 'rollback',
      node: rollbackNode,
      steps: entries.map((entry) => entry.step),
      implicit: rollbackNode === null,
      message: `${rollbackNode === null ? 'implicit rollback' : 'rollback'} of ${entries.length} step${entries.length === 1 ? '' : 's'}${entries.length > 0 ? `: ${entries.map((entry) => entry.step).join(', ')}` : ''}`,
    });
  // A drill run's implicit rollback may take the end of an earlier run's (rollbackMemo.ts).
  const memo = scope === 'all' && rollbackNode === null && !state.recording ? state.rollbackMemo : null;
  const tail = memo?.begin(state, entries) ?? null;
  for (let at = 0; at < entries.length; at += 1) {
    const entry = entries[at]!;
    const shared = memo?.find(state, entries, at) ?? null;
    if (shared) {
      memo!.apply(state, shared);
      break;
    }
    const compensationId = state.compensationOf.get(entry.step);
    // 2. Nothing to run: say so when the step changed data.
    if (compensationId === undefined) {
      const step = state.node(entry.step);
      if (step.kind === 'step' && step.effects.length > 0) {
        if (state.recording)
          state.emit({
            type: 'not-compensated',
            node: entry.step,
            step: entry.step,
            message: `${step.label} has effects but no compensation: not undone`,
          });
      }
      continue;
    }
    const compensation = state.node(compensationId);
    if (compensation.kind !== 'compensation') continue;
    // 3. Run it; a failure stops the walk here.
    const via = state.edge(entry.step, 'compensate') ?? null;
    const outcome = compensate(state, compensation, entry.step, via);
    if (!outcome.ok) return outcome;
  }
  if (tail) memo!.finish(state, tail);
  return DONE;
}
