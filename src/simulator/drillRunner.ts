import type { Dataset, Fault, Playbook } from '../domain/types';
import { type WalkPosition, walk, walkOne } from './engine';
import { FaultPlan } from './faults';
import { modelViolations } from './invariants';
import { PlaybookIndex } from './playbookIndex';
import { RollbackMemo } from './rollbackMemo';
import { prepare, type RunError, simulate } from './session';
import type { RunState } from './state';
import { type RunVerdict, runVerdict } from './verdict';

/** One drill run, done: its verdict, and whether it entered a node (the drill's "executed"). */
export interface DrillExecution {
  verdict: RunVerdict;
  entered(nodeId: string): boolean;
  /** `entered` by the node's position in the playbook's node list (no lookup by id). */
  enteredAt(position: number): boolean;
}

/** Runs a drill run: the playbook with these faults and approvals, the drill's seed, no scenario. */
export type DrillExecutor = (
  faults: readonly Fault[],
  approvals: Readonly<Record<string, 'reject'>>,
) => { ok: true; execution: DrillExecution } | { ok: false; error: RunError };

/**
 * The reference executor: a full `simulate` per run, "executed" read from its `enter` events.
 * The drill's tests hold the lean executor equal to it.
 */
export function fullExecutor(playbook: Playbook): DrillExecutor {
  const ids = playbook.nodes.map((node) => node.id);
  return (faults, approvals) => {
    const run = simulate(playbook, { faults, approvals, seed: playbook.id });
    if (!run.ok) return run;
    const { result } = run;
    const entered = new Set(result.events.flatMap((event) => (event.type === 'enter' ? [event.node] : [])));
    return {
      ok: true,
      execution: {
        verdict: {
          outcome: result.outcome,
          consistent: result.consistent,
          recoveryMs: result.recoveryMs,
          withinRto: result.withinRto,
          // Without an `expect`, a failed or incomplete run's diff is against the initial state.
          leftChanged:
            result.outcome === 'failed' || result.outcome === 'rollback_incomplete'
              ? Object.keys(result.diff).length > 0
              : null,
        },
        entered: (nodeId) => entered.has(nodeId),
        enteredAt: (position) => ids[position] !== undefined && entered.has(ids[position]),
      },
    };
  };
}

/**
 * The drill's executor: lean runs (no events, no metrics), each forked from the baseline where
 * it first differs from it (`fork: false` runs each from the start, for the tests).
 *
 * A run's faults and approvals are consulted only once the walk enters their node (reaching it
 * opens an outage or applies a corruption; attempts, restores and approvals read their node's
 * own faults). So up to the first turn of the baseline's walk that enters one of those nodes,
 * the run *is* the baseline, state for state: it forks from a baseline "cursor" paused just
 * before that turn and walks on from there. A run none of whose nodes the baseline enters is
 * the baseline. The cursor only moves forward; a run that forks earlier than the cursor starts
 * a new one (the drill's order keeps that rare). Forked runs also share the end of their implicit
 * rollbacks where it is provably the same (rollbackMemo.ts).
 */
export function leanExecutor(
  playbook: Playbook,
  options: { fork?: boolean; rollbacks?: RollbackMemo | null } = {},
): DrillExecutor {
  const forking = options.fork ?? true;
  const index = new PlaybookIndex(playbook);
  const runOptions = { seed: playbook.id };
  let initial: Dataset = {};
  let initialHolds = false;
  const execution = (state: RunState): DrillExecution => {
    const verdict = runVerdict(state, initial, () => initialHolds);
    // The run has ended, so its per-node visits no longer change: kept as they are, not copied.
    const enteredAt = state.enteredAt;
    return {
      verdict,
      entered: (nodeId) => {
        const position = index.position.get(nodeId);
        return position !== undefined && enteredAt[position]! > 0;
      },
      enteredAt: (position) => enteredAt[position]! > 0,
    };
  };

  // Every run starts as a fork of one prepared state, so all hold the very record objects of
  // `initial` until they write (which lets a verdict see "unchanged" by identity).
  const start = prepare(playbook, runOptions, false, index);
  if (!start.ok) return () => start;
  const pristine = start.run.state;
  const trigger = start.run.trigger;
  initial = start.run.initial;
  // The initial data's invariants are judged on a store nothing has written yet.
  initialHolds = modelViolations(pristine.model, pristine.store).length === 0;

  // The baseline, walked once to the end: its verdict, and the visit that first entered each node.
  const baselineState = pristine.fork(new FaultPlan([]), {});
  walk(baselineState, trigger);
  const baseline = execution(baselineState);
  const baselineEnteredAt = baselineState.enteredAt;
  const memo = options.rollbacks === undefined ? new RollbackMemo(playbook, index) : options.rollbacks;

  let cursor: { state: RunState; position: WalkPosition | null } | null = null;
  const cursorAt = (visits: number): { state: RunState; position: WalkPosition } => {
    if (cursor === null || cursor.state.visits > visits)
      cursor = { state: pristine.fork(new FaultPlan([]), {}), position: { node: trigger, via: null } };
    while (cursor.state.visits < visits && cursor.position !== null)
      cursor.position = walkOne(cursor.state, cursor.position);
    if (cursor.position === null) throw new Error('the baseline ended before the fork point');
    return { state: cursor.state, position: cursor.position };
  };

  return (faults, approvals) => {
    // The first visit of the baseline that enters a node these faults or approvals are on.
    let first = 0;
    for (const nodeId of [...faults.map((fault) => fault.node), ...Object.keys(approvals)]) {
      const position = index.position.get(nodeId);
      const visit = position === undefined ? 0 : baselineEnteredAt[position]!;
      if (visit > 0 && (first === 0 || visit < first)) first = visit;
    }
    if (first === 0 && forking) return { ok: true, execution: baseline };
    if (!forking) {
      const state = pristine.fork(new FaultPlan(faults), approvals);
      walk(state, trigger);
      return { ok: true, execution: execution(state) };
    }
    const at = cursorAt(first - 1);
    const state = at.state.fork(new FaultPlan(faults), approvals);
    state.rollbackMemo = memo;
    walk(state, at.position.node, at.position.via);
    return { ok: true, execution: execution(state) };
  };
}
