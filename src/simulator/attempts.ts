import type { NodeOf } from '../domain/types';
import { countWrites, type EffectSummary } from './effects';
import type { FailureReason } from './events';
import { memoDurationMs } from './playbookIndex';
import type { RunState } from './state';
import type { DataStore } from './store';
import { isIdempotent } from './work';

export type ActionNode = NodeOf<'step'> | NodeOf<'compensation'>;

/** What one application of a node's work did, inside a store transaction. */
export type Applied =
  | { ok: true; summaries: EffectSummary[]; writes: number; commit: () => void }
  | { ok: false; error: string };

/** The node's work: apply to `store` at most `budget` record writes. */
export type ApplyWork = (store: DataStore, budget: number) => Applied;

export interface AttemptsOutcome {
  ok: boolean;
  /** True when a failed attempt left writes behind (a `partial`): the step counts as completed. */
  wrote: boolean;
  reason: string;
}

/** The outcome of every successful run of attempts (shared: nobody changes an outcome). */
const SUCCEEDED: AttemptsOutcome = Object.freeze({ ok: true, wrote: true, reason: '' });

const FAILURE_TEXT: Record<FailureReason, string> = {
  fail: 'failed (injected fault)',
  timeout: 'timed out',
  outage: 'failed: its system is down',
  partial: 'failed after a partial write',
  error: 'failed',
};

/** Emits one `effect` event per effect applied. */
function emitSummaries(state: RunState, nodeId: string, summaries: readonly EffectSummary[]): void {
  for (const summary of summaries) {
    const skipped =
      summary.skipped.length > 0 ? `; ${summary.skipped.join(', ')} already inserted, skipped` : '';
    if (state.recording)
      state.emit({
        type: 'effect',
        node: nodeId,
        op: summary.op,
        entity: summary.entity,
        keys: summary.keys,
        writes: summary.writes,
        message: `${summary.op} ${summary.entity}: ${summary.writes} record${summary.writes === 1 ? '' : 's'}${summary.keys.length > 0 ? ` (${summary.keys.join(', ')})` : ''}${skipped}`,
      });
  }
}

/** Applies work in a transaction and keeps it only when it succeeds, so a failed apply leaves no trace. */
function applyAtomically(state: RunState, work: ApplyWork, budget: number): Applied {
  const mark = state.store.begin();
  const applied = work(state.store, budget);
  if (applied.ok) {
    state.store.commit(mark);
    applied.commit();
  } else state.store.rollback(mark);
  return applied;
}

/**
 * Runs a step or compensation with its retry policy (spec section 5, rule 3): every attempt takes
 * `duration` (a timeout takes `timeout`), a failed attempt k waits `backoff × multiplier^(k-1)`,
 * and a successful attempt applies its effects at its end time.
 */
export function runAttempts(state: RunState, node: ActionNode, work: ApplyWork): AttemptsOutcome {
  const { maxAttempts, backoff, multiplier } = node.retry;
  const attemptMs = memoDurationMs(node.duration);
  const timeoutMs = node.timeout === undefined ? null : memoDurationMs(node.timeout);
  const metrics = state.nodeMetrics(node.id);
  let wrote = false;
  let lastReason = 'failed';
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const runAttempt = state.countAttempt(node.id);
    metrics.attempts += 1;
    if (state.recording)
      state.emit({
        type: 'attempt',
        node: node.id,
        attempt,
        maxAttempts,
        message: `${node.label}: attempt ${attempt} of ${maxAttempts}`,
      });
    const fault = state.faults.attemptFault(node, runAttempt, state.clock.nowMs);
    let reason: FailureReason | null = null;
    let detail = '';
    // An attempt longer than its timeout times out, fault or not.
    const naturalTimeout = timeoutMs !== null && timeoutMs < attemptMs;
    if (fault.kind === 'outage') {
      state.spend(node.id, attemptMs);
      reason = 'outage';
      detail = ` (${fault.system} is down)`;
    } else if (fault.kind === 'fail') {
      state.spend(node.id, attemptMs);
      reason = 'fail';
    } else if (fault.kind === 'timeout' || naturalTimeout) {
      state.spend(node.id, timeoutMs ?? attemptMs);
      reason = 'timeout';
    } else if (fault.kind === 'partial') {
      state.spend(node.id, attemptMs);
      const total = countWrites(node.effects, state.effectContext(node, state.store, isIdempotent(node), 0));
      if (!total.ok) {
        reason = 'error';
        detail = `: ${total.error}`;
      } else {
        const budget =
          total.writes.length === 0 ? 0 : Math.max(1, Math.floor(fault.fraction * total.writes.length));
        const applied = applyAtomically(state, work, budget);
        if (applied.ok) {
          wrote ||= applied.writes > 0;
          if (state.recording) emitSummaries(state, node.id, applied.summaries);
          detail = ` (${applied.writes} of ${total.writes.length} record writes made)`;
        }
        reason = 'partial';
      }
    } else {
      state.spend(node.id, attemptMs);
      const applied = applyAtomically(state, work, Number.POSITIVE_INFINITY);
      if (applied.ok) {
        if (state.recording) emitSummaries(state, node.id, applied.summaries);
        if (node.kind === 'step' && state.faults.duplicates(node.id)) {
          const again = applyAtomically(state, work, Number.POSITIVE_INFINITY);
          if (state.recording)
            state.emit({
              type: 'fault',
              node: node.id,
              fault: 'duplicate',
              message: `${node.label}: delivered twice, effects applied again`,
            });
          if (again.ok && state.recording) emitSummaries(state, node.id, again.summaries);
        }
        metrics.status = 'completed';
        return SUCCEEDED;
      }
      reason = 'error';
      detail = `: ${applied.error}`;
    }
    lastReason = `${FAILURE_TEXT[reason]}${detail}`;
    if (state.recording)
      state.emit({
        type: 'attempt-failed',
        node: node.id,
        attempt,
        reason,
        message: `${node.label}: attempt ${attempt} ${lastReason}`,
      });
    if (attempt < maxAttempts) {
      const waitMs = Math.round(memoDurationMs(backoff) * multiplier ** (attempt - 1));
      if (waitMs > 0) {
        if (state.recording)
          state.emit({
            type: 'wait',
            node: node.id,
            waitMs,
            message: `${node.label}: backing off ${waitMs} ms`,
          });
        state.spend(node.id, waitMs);
      }
    }
  }
  return {
    ok: false,
    wrote,
    reason: `${node.label} ${lastReason} after ${maxAttempts} attempt${maxAttempts === 1 ? '' : 's'}`,
  };
}
