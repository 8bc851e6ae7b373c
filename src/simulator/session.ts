import type { Dataset, Expect, Fault, Playbook, PlaybookNode, Scenario } from '../domain/types';
import { DEFAULT_START, SimulatedClock } from './clock';
import { walk } from './engine';
import type { SimEvent } from './events';
import { FaultPlan } from './faults';
import { createIdGenerator } from './ids';
import type { PlaybookIndex } from './playbookIndex';
import { buildResult, expectedState, type SimulationResult } from './result';
import { type ApprovalDecision, RunState } from './state';
import { DataStore } from './store';

/** How to run: a scenario of the playbook and/or extra faults, approvals and a seed. */
export interface RunOptions {
  /** A scenario id of the playbook, or a scenario object (the drill builds its own). */
  scenario?: string | Scenario;
  /** Faults added to the scenario's (the CLI's `--fault`). */
  faults?: readonly Fault[];
  approvals?: Readonly<Record<string, ApprovalDecision>>;
  /** Seed of `{{id}}`; by default the scenario id (or the playbook id without a scenario). */
  seed?: string | number;
}

/** A mistake in the options a user can make: one line, and what it is about. */
export interface RunError {
  message: string;
  path: string;
}

/** Where a session is after an event: for the panel's cursor and scrubber. */
export interface RunPosition {
  /** The seq of the latest event, or -1 before the first. */
  seq: number;
  atMs: number;
  node: string | null;
  done: boolean;
}

/**
 * A run that advances one event at a time (for the simulator panel). The data after each event
 * is kept as a snapshot that shares every entity list the event did not change (records are never
 * mutated in place), so `dataAt(seq)` is a lookup, not a replay.
 */
export interface SimulationSession {
  readonly events: readonly SimEvent[];
  /** Advances one event; `null` once the run has ended. */
  step(): SimEvent | null;
  /** The position and data after the latest event. */
  state(): RunPosition & { data: Dataset };
  positionAt(seq: number): RunPosition;
  /** The data right after event `seq` (before any event: the initial state). */
  dataAt(seq: number): Dataset;
  /** Runs the rest and returns the result (the same one `simulate` gives). */
  runToEnd(): SimulationResult;
  /** The result once done, else `null`. */
  result(): SimulationResult | null;
  /**
   * Once the run is over, the data its verdict compared the final data with (spec section 5, with
   * the run's erasures laid over it); null before, and when the outcome expects no particular state.
   */
  expectedData(): Dataset | null;
}

/** A run ready to walk. */
export interface Prepared {
  state: RunState;
  trigger: PlaybookNode;
  scenarioId: string | null;
  expect: Expect;
  initial: Dataset;
}

/**
 * Checks the options and sets a run up. `recording: false` makes a lean run (the drill's); a
 * drill passes its one `index` of the playbook to all its runs.
 */
export function prepare(
  playbook: Playbook,
  options: RunOptions,
  recording = true,
  index?: PlaybookIndex,
): { ok: true; run: Prepared } | { ok: false; error: RunError } {
  let scenario: Scenario | undefined;
  if (typeof options.scenario === 'string') {
    scenario = playbook.scenarios.find((candidate) => candidate.id === options.scenario);
    if (!scenario) {
      const known = playbook.scenarios.map((candidate) => candidate.id).join(', ') || 'none';
      return {
        ok: false,
        error: { message: `no scenario "${options.scenario}" (scenarios: ${known})`, path: '/scenarios' },
      };
    }
  } else scenario = options.scenario;
  const triggers = playbook.nodes.filter((node) => node.kind === 'trigger');
  const trigger = scenario?.trigger
    ? triggers.find((node) => node.id === scenario.trigger)
    : triggers.length === 1
      ? triggers[0]
      : undefined;
  if (!trigger) {
    const message =
      triggers.length === 0
        ? 'the playbook has no trigger node'
        : scenario?.trigger
          ? `"${scenario.trigger}" is not a trigger node`
          : `the playbook has ${triggers.length} triggers; the scenario must name one`;
    return { ok: false, error: { message, path: '/nodes' } };
  }
  const faults = [...(scenario?.faults ?? []), ...(options.faults ?? [])];
  for (const fault of faults) {
    if (!playbook.nodes.some((node) => node.id === fault.node))
      return {
        ok: false,
        error: { message: `a fault names node "${fault.node}", which does not exist`, path: '/scenarios' },
      };
  }
  const startAt = scenario?.startAt ?? DEFAULT_START;
  const scenarioId = scenario?.id ?? null;
  const seed = String(options.seed ?? scenarioId ?? playbook.id);
  const store = DataStore.fromPlaybook(playbook);
  const state = new RunState(
    playbook,
    store,
    new SimulatedClock(Date.parse(startAt)),
    createIdGenerator(seed),
    new FaultPlan(faults),
    { ...(scenario?.approvals ?? {}), ...(options.approvals ?? {}) },
    recording,
    index,
  );
  return {
    ok: true,
    run: { state, trigger, scenarioId, expect: scenario?.expect ?? {}, initial: store.toDataset() },
  };
}

/** One dry run to its end (spec section 5). Same input, same result, byte for byte. */
export function simulate(
  playbook: Playbook,
  options: RunOptions = {},
): { ok: true; result: SimulationResult } | { ok: false; error: RunError } {
  const prepared = prepare(playbook, options);
  if (!prepared.ok) return prepared;
  const { state, trigger, scenarioId, initial, expect } = prepared.run;
  walk(state, trigger);
  return { ok: true, result: buildResult(state, scenarioId, initial, expect) };
}

/**
 * Starts a run to advance event by event; it gives exactly the events `simulate` gives. The run
 * is walked at once (a run takes milliseconds), keeping the data and position right after each
 * event as it is recorded; `step` then hands the events out one at a time, and every reading
 * (`events`, `state`, `positionAt`, `dataAt`, `result`) sees only the events handed out so far,
 * exactly as if the run were advancing one event per step.
 */
export function startRun(
  playbook: Playbook,
  options: RunOptions = {},
): { ok: true; session: SimulationSession } | { ok: false; error: RunError } {
  const prepared = prepare(playbook, options);
  if (!prepared.ok) return prepared;
  const { state, trigger, scenarioId, initial, expect } = prepared.run;
  const frames: Dataset[] = [];
  const positions: RunPosition[] = [];
  let lastVersions = new Map<string, number>();
  let lastData: Dataset = initial;

  state.onEvent = (event: SimEvent) => {
    const data: Dataset = {};
    const versions = new Map<string, number>();
    for (const entity of state.store.entityNames()) {
      const version = state.store.version(entity);
      versions.set(entity, version);
      const previous = lastData[entity];
      data[entity] =
        previous !== undefined && lastVersions.get(entity) === version
          ? previous
          : state.store.rows(entity).map((row) => row.record);
    }
    lastVersions = versions;
    lastData = data;
    frames[event.seq] = data;
    positions[event.seq] = {
      seq: event.seq,
      atMs: event.atMs,
      node: event.node ?? state.currentNode,
      done: event.type === 'end',
    };
  };
  walk(state, trigger);
  state.onEvent = null;

  /** The events handed out so far (the session's `events`, growing with each step). */
  const events: SimEvent[] = [];
  let done = false;
  let result: SimulationResult | null = null;

  const step = (): SimEvent | null => {
    if (done) return null;
    const next = state.events[events.length];
    if (next === undefined) {
      done = true;
      result = buildResult(state, scenarioId, initial, expect);
      return null;
    }
    events.push(next);
    if (next.type === 'end') {
      done = true;
      result = buildResult(state, scenarioId, initial, expect);
    }
    return next;
  };

  const positionAt = (seq: number): RunPosition =>
    (seq < events.length ? positions[seq] : undefined) ?? { seq: -1, atMs: 0, node: null, done: false };
  const session: SimulationSession = {
    events,
    step,
    state: () => {
      const seq = events.length - 1;
      return { ...positionAt(seq), done, data: seq < 0 ? initial : frames[seq]! };
    },
    positionAt,
    dataAt: (seq) => (seq < 0 ? initial : (frames[Math.min(seq, events.length - 1)] ?? initial)),
    runToEnd: () => {
      while (step() !== null) {
        // advance to the end, capturing every frame for scrubbing
      }
      return result!;
    },
    result: () => result,
    expectedData: () =>
      result === null ? null : expectedState(state, initial, result.outcome, expect.dataMatches).data,
  };
  return { ok: true, session };
}
