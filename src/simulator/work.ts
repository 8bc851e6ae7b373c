import type { NodeOf, PlaybookNode } from '../domain/types';
import type { Applied, ApplyWork } from './attempts';
import { applyEffects } from './effects';
import type { RunState } from './state';

const NOTHING_TO_COMMIT = () => {};

/** Spec section 5, "Idempotency": an `idempotent` node, or a step with an `idempotencyKey`. */
export function isIdempotent(node: PlaybookNode): boolean {
  if (node.kind === 'step') return node.idempotent || node.idempotencyKey !== undefined;
  if (node.kind === 'compensation') return node.idempotent;
  return false;
}

/** A step's work: its effects, each touched record's first before-image kept in its journal. */
export function stepWork(state: RunState, step: NodeOf<'step'>): ApplyWork {
  return (store, budget): Applied => {
    // Inserted keys are tracked on a copy until the attempt lands, so a failed apply adds none.
    const keys = state.keysToTrack(step);
    const ctx = state.effectContext(step, store, isIdempotent(step), budget, keys);
    const result = applyEffects(step.effects, ctx);
    if (!result.ok) return result;
    return {
      ok: true,
      summaries: result.summaries,
      writes: result.writes.length,
      commit: () => {
        if (keys) state.setInsertedKeys(step.id, keys);
        state.journalForWrite(step.id).record(result.writes);
        if (step.erasure === true) state.recordErasures(step, result.writes, store);
      },
    };
  };
}

/**
 * A compensation's work for its step: `revert` writes back the step's before-images; `effects`
 * applies the compensation's own effects.
 */
export function compensationWork(
  state: RunState,
  compensation: NodeOf<'compensation'>,
  stepId: string,
): ApplyWork {
  return (store): Applied => {
    if (compensation.strategy === 'revert') {
      const summaries = state.journal(stepId).revert(store, state.recording);
      let writes = 0;
      for (const summary of summaries) writes += summary.writes;
      return { ok: true, summaries, writes, commit: NOTHING_TO_COMMIT };
    }
    const keys = state.keysToTrack(compensation);
    const ctx = state.effectContext(
      compensation,
      store,
      isIdempotent(compensation),
      Number.POSITIVE_INFINITY,
      keys,
    );
    const result = applyEffects(compensation.effects, ctx);
    if (!result.ok) return result;
    return {
      ok: true,
      summaries: result.summaries,
      writes: result.writes.length,
      commit: () => {
        if (keys) state.setInsertedKeys(compensation.id, keys);
      },
    };
  };
}
