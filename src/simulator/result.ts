import type { Dataset, Expect } from '../domain/types';
import { type DataDiff, diffData } from './diff';
import { erasedDataRestored, withErasuresApplied } from './erasure';
import type { RunOutcome, SimEvent } from './events';
import { modelViolations, type Violation } from './invariants';
import { memoDurationMs } from './playbookIndex';
import type { NodeMetrics, RunState } from './state';

/** One entry of `expectations`: a key of the scenario's `expect`, checked. */
export interface Expectation {
  name: keyof Expect;
  ok: boolean;
  expected: string | boolean;
  actual: string | boolean | null;
}

/** The result of one dry run, exactly as spec section 5 lists it. */
export interface SimulationResult {
  playbook: string;
  scenario: string | null;
  outcome: RunOutcome;
  endNode: string | null;
  elapsedMs: number;
  recoveryMs: number;
  withinRto: boolean | null;
  expected: string | null;
  consistent: boolean;
  diff: DataDiff;
  violations: Violation[];
  events: SimEvent[];
  metrics: {
    nodes: Record<string, NodeMetrics>;
    compensations: { run: number; succeeded: number; failed: number };
  };
  expectations: Expectation[];
}

/** The state the final data must equal, and its name; `data: null` when nothing is expected. */
export interface ExpectedState {
  name: string | null;
  data: Dataset | null;
  problem: string | null;
}

/** `initial` overlaid with a snapshot's entities: what a checkpoint id means as an expected state. */
function overlay(initial: Dataset, entities: Iterable<[string, Dataset[string]]>): Dataset {
  const out: Dataset = { ...initial };
  for (const [entity, records] of entities) out[entity] = records;
  return out;
}

/**
 * The state the final data must equal: spec section 5, with the run's erasures laid over it
 * (an erasure on request is never undone, so a lawful recovery ends without the erased data;
 * semantics-notes.md). An entity compared with a snapshot takes the erasures made after it.
 */
export function expectedState(
  state: RunState,
  initial: Dataset,
  outcome: RunOutcome,
  dataMatches: string | undefined,
): ExpectedState {
  const found = expectedBeforeErasures(state, initial, outcome, dataMatches);
  if (found.data === null || state.erasures.length === 0) return found;
  const snapshotOf = (entity: string): string | null => {
    if (dataMatches !== undefined)
      return state.snapshots.get(dataMatches)?.data[entity] === undefined ? null : dataMatches;
    return outcome === 'restored' ? (state.restored.get(entity)?.checkpoint ?? null) : null;
  };
  const since = (entity: string): number => {
    const checkpoint = snapshotOf(entity);
    return checkpoint === null ? 0 : (state.snapshots.get(checkpoint)?.order ?? 0);
  };
  return { ...found, data: withErasuresApplied(found.data, state.erasures, state.model, since) };
}

function expectedBeforeErasures(
  state: RunState,
  initial: Dataset,
  outcome: RunOutcome,
  dataMatches: string | undefined,
): ExpectedState {
  if (dataMatches !== undefined) {
    if (dataMatches === 'initial') return { name: 'initial', data: initial, problem: null };
    const snapshot = state.snapshots.get(dataMatches);
    if (!snapshot)
      return {
        name: dataMatches,
        data: null,
        problem: `checkpoint ${dataMatches} was never taken in this run`,
      };
    return { name: dataMatches, data: overlay(initial, Object.entries(snapshot.data)), problem: null };
  }
  if (outcome === 'rolled_back' || outcome === 'rollback_incomplete')
    return { name: 'initial', data: initial, problem: null };
  if (outcome === 'restored') {
    const restored = [...state.restored].map(
      ([entity, { rows }]) => [entity, rows.map((row) => row.record)] as [string, Dataset[string]],
    );
    return {
      name: state.lastRestoreCheckpoint ?? 'initial',
      data: overlay(initial, restored),
      problem: null,
    };
  }
  return { name: null, data: null, problem: null };
}

function checkExpectations(
  expect: Expect,
  result: Omit<SimulationResult, 'expectations'>,
  dataOk: boolean,
): Expectation[] {
  const out: Expectation[] = [];
  // These four compare a field of the result with the scenario's value, in the spec's order.
  for (const name of ['outcome', 'endNode', 'consistent', 'withinRto'] as const) {
    const expected = expect[name];
    if (expected !== undefined) {
      out.push({ name, ok: result[name] === expected, expected, actual: result[name] });
    }
  }
  if (expect.dataMatches !== undefined)
    out.push({
      name: 'dataMatches',
      ok: dataOk,
      expected: expect.dataMatches,
      actual: dataOk ? expect.dataMatches : 'different',
    });
  return out;
}

/** Builds the result once the walk has ended. */
export function buildResult(
  state: RunState,
  scenarioId: string | null,
  initial: Dataset,
  expect: Expect,
): SimulationResult {
  const outcome = state.outcome ?? 'failed';
  const elapsedMs = state.clock.nowMs;
  const recoveryMs = state.firstFailureMs === null ? 0 : elapsedMs - state.firstFailureMs;
  const rto = state.playbook.objectives.rto;
  const final = state.store.toDataset();
  const expected = expectedState(state, initial, outcome, expect.dataMatches);
  const diff = diffData(state.model, expected.data ?? initial, final);
  const dataOk = expected.data !== null && Object.keys(diff).length === 0;
  const violations = modelViolations(state.model, state.store);
  violations.push(...erasedDataRestored(state.erasures, state.store, state.model));
  if (expected.problem)
    violations.push({ invariant: 'matchesCheckpoint', keys: [], message: expected.problem });
  const consistent = violations.length === 0 && (expected.data === null ? expected.name === null : dataOk);
  const result = {
    playbook: state.playbook.id,
    scenario: scenarioId,
    outcome,
    endNode: state.endNode,
    elapsedMs,
    recoveryMs,
    withinRto: rto === undefined ? null : recoveryMs <= memoDurationMs(rto),
    expected: expected.name,
    consistent,
    diff,
    violations,
    events: state.events,
    metrics: { nodes: Object.fromEntries(state.metrics), compensations: { ...state.compensations } },
  };
  return { ...result, expectations: checkExpectations(expect, result, dataOk) };
}
