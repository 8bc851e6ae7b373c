import type { Dataset } from '../domain/types';
import { diffEntity, isEmptyDiff } from './diff';
import { erasedDataRestored } from './erasure';
import type { RunOutcome } from './events';
import { modelViolations } from './invariants';
import { memoDurationMs } from './playbookIndex';
import { expectedState } from './result';
import type { RunState } from './state';
import type { DataStore } from './store';

/** What a drill row reports of a run: the figures of its result, without events, diff or metrics. */
export interface RunVerdict {
  outcome: RunOutcome;
  consistent: boolean;
  recoveryMs: number;
  withinRto: boolean | null;
  /**
   * For a run that ends `failed` or `rollback_incomplete`: whether its data differs from the state
   * before the run (by entity key, as `diff`); `null` for other outcomes. A failed run's
   * `consistent` counts only the model invariants (spec section 5), so this is what says that a
   * failed run left data behind (the drill matrix shows it, issue 15).
   */
  leftChanged: boolean | null;
}

/** True when every table of the store holds exactly the records of `data`, the same objects in order. */
function holdsSameRecords(store: DataStore, data: Dataset): boolean {
  const names = store.entityNames();
  if (names.length !== Object.keys(data).length) return false;
  for (const name of names) {
    const records = data[name];
    const rows = store.rows(name);
    if (records === undefined || records.length !== rows.length) return false;
    for (let index = 0; index < rows.length; index += 1)
      if (rows[index]!.record !== records[index]) return false;
  }
  return true;
}

/** Whether the store's data equals `expected` by entity key (`diffData` empty), cheaply when it is the same objects. */
function matches(state: RunState, expected: Dataset): boolean {
  if (holdsSameRecords(state.store, expected)) return true;
  const names = new Set([...Object.keys(expected), ...state.store.entityNames()]);
  for (const name of names) {
    const actual = state.store.rows(name).map((row) => row.record);
    if (!isEmptyDiff(diffEntity(state.model, name, expected[name] ?? [], actual))) return false;
  }
  return true;
}

/**
 * The verdict of a run that has ended, equal to those fields of `buildResult` for a run without
 * `expect` (the drill's): the same expected state, the same diff (only whether it is empty) and
 * the same model invariants and erased records. `initialHolds` says whether the initial data breaks no invariant; a
 * run whose data is still the initial records' objects reuses it instead of checking again.
 */
export function runVerdict(state: RunState, initial: Dataset, initialHolds: () => boolean): RunVerdict {
  const outcome = state.outcome ?? 'failed';
  const recoveryMs = state.firstFailureMs === null ? 0 : state.clock.nowMs - state.firstFailureMs;
  const rto = state.playbook.objectives.rto;
  const withinRto = rto === undefined ? null : recoveryMs <= memoDurationMs(rto);
  const expected = expectedState(state, initial, outcome, undefined);
  let consistent: boolean;
  if (expected.data === null && expected.name !== null) consistent = false;
  else if (expected.data !== null && !matches(state, expected.data)) consistent = false;
  else if (holdsSameRecords(state.store, initial)) consistent = initialHolds();
  else consistent = modelViolations(state.model, state.store, 1).length === 0;
  if (consistent && state.erasures.length > 0)
    consistent = erasedDataRestored(state.erasures, state.store, state.model, 1).length === 0;
  const unrecovered = outcome === 'failed' || outcome === 'rollback_incomplete';
  const leftChanged = unrecovered ? !matches(state, initial) : null;
  return { outcome, consistent, recoveryMs, withinRto, leftChanged };
}
