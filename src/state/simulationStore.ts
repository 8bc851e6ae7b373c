import { useMemo } from 'react';
import { create, useStore } from 'zustand';
import type { Fault, Playbook, Scenario } from '../domain/types';
import { type SimEvent, type SimulationResult, type SimulationSession, startRun } from '../simulator';
import { type ExpectedState, expectedState } from '../viewModels/simulationData';
import { EMPTY_TRACE, type RunTrace, traceAt } from '../viewModels/simulationTrace';
import { dispatch, documentStore } from './documentStore';
import { type Injection, injectionNode } from './simulationFaults';

/** What a run was started with: enough to run it again or save it as a scenario. */
export interface RunInputs {
  scenarioId: string | null;
  faults: Fault[];
  approvals: Record<string, 'approve' | 'reject' | 'timeout'>;
  seed?: string;
  /** What the panel calls this run: "Carrier API down for 10 minutes", "Drill run s2:fail". */
  label: string;
}

/** A run being watched: the whole run is computed at once (it is fast and deterministic); the cursor reveals it. */
export interface WatchedRun {
  playbook: Playbook;
  inputs: RunInputs;
  session: SimulationSession;
  result: SimulationResult;
  events: readonly SimEvent[];
  expected: ExpectedState;
}

export interface SimulationState {
  /** The bottom dock is open. */
  open: boolean;
  tab: 'run' | 'drill';
  /** The chosen scenario, or `null` for "no fault" (only what is injected by hand). */
  scenarioId: string | null;
  /** Faults and approval decisions injected by right-clicking nodes. */
  injections: Injection[];
  run: WatchedRun | null;
  /** The event the panel shows: -1 before the first. */
  cursor: number;
  playing: boolean;
  /** Events per second while playing. */
  speed: number;
  error: string | null;
  /** The fault menu, open on a node at a screen point. */
  menu: { node: string; x: number; y: number } | null;
  /** What the last save or refusal said, for the status line. */
  notice: string | null;
}

export const SPEEDS = [1, 2, 5, 20] as const;

export const simulationStore = create<SimulationState>(() => ({
  open: false,
  tab: 'run',
  scenarioId: null,
  injections: [],
  run: null,
  cursor: -1,
  playing: false,
  speed: 2,
  error: null,
  menu: null,
  notice: null,
}));

const set = simulationStore.setState;
const get = simulationStore.getState;
let timer: ReturnType<typeof setInterval> | null = null;

function stopTimer(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

function startTimer(): void {
  stopTimer();
  timer = setInterval(() => {
    const { run, cursor } = get();
    if (!run || cursor >= run.events.length - 1) {
      stopTimer();
      set({ playing: false });
      return;
    }
    set({ cursor: cursor + 1 });
  }, 1000 / get().speed);
}

/** The run inputs from the panel's choices: the scenario's own faults and approvals come from the scenario. */
function inputsFromChoices(playbook: Playbook): RunInputs {
  const { scenarioId, injections } = get();
  const scenario = playbook.scenarios.find((candidate) => candidate.id === scenarioId);
  const faults: Fault[] = [];
  const approvals: RunInputs['approvals'] = {};
  for (const injection of injections) {
    if (injection.kind === 'fault') faults.push(injection.fault);
    else approvals[injection.node] = injection.decision;
  }
  const label = scenario ? scenario.name : injections.length > 0 ? 'Injected faults' : 'No fault';
  return { scenarioId: scenario?.id ?? null, faults, approvals, label };
}

/** Computes a run from inputs, or records why it cannot run. */
function watch(playbook: Playbook, inputs: RunInputs): WatchedRun | null {
  const started = startRun(playbook, {
    ...(inputs.scenarioId !== null ? { scenario: inputs.scenarioId } : {}),
    faults: inputs.faults,
    approvals: inputs.approvals,
    ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
  });
  if (!started.ok) {
    set({ error: `This run cannot start: ${started.error.message}.`, run: null, cursor: -1, playing: false });
    return null;
  }
  const result = started.session.runToEnd();
  const run: WatchedRun = {
    playbook,
    inputs,
    session: started.session,
    result,
    events: result.events,
    expected: expectedState(result, started.session.dataAt, started.session.expectedData()),
  };
  set({ run, error: null, notice: null });
  return run;
}

/** The run to step through: the current one, or a new one from the panel's choices. */
function ensureRun(): WatchedRun | null {
  const existing = get().run;
  if (existing) return existing;
  const playbook = documentStore.getState().document;
  return watch(playbook, inputsFromChoices(playbook));
}

/** A change of choices invalidates the run being watched. */
function discardRun(): Partial<SimulationState> {
  stopTimer();
  return { run: null, cursor: -1, playing: false, error: null };
}

/** What people do in the simulator panel, named as events. */
export const simulationActions = {
  dockToggled(open?: boolean): void {
    const next = open ?? !get().open;
    if (!next) stopTimer();
    set({ open: next, menu: null, ...(next ? {} : { playing: false }) });
  },
  tabChosen(tab: SimulationState['tab']): void {
    set({ tab, open: true });
  },
  scenarioChosen(scenarioId: string | null): void {
    set({ scenarioId, ...discardRun() });
  },
  /** A fault or decision injected on a node; it replaces one of the same type on that node. */
  injectionAdded(injection: Injection): void {
    const same = (other: Injection) =>
      injectionNode(other) === injectionNode(injection) &&
      (other.kind === 'approval'
        ? injection.kind === 'approval'
        : injection.kind === 'fault' && other.fault.type === injection.fault.type);
    set({
      injections: [...get().injections.filter((other) => !same(other)), injection],
      menu: null,
      open: true,
      ...discardRun(),
    });
  },
  injectionRemoved(index: number): void {
    set({ injections: get().injections.filter((_, at) => at !== index), ...discardRun() });
  },
  menuOpened(node: string, x: number, y: number): void {
    set({ menu: { node, x, y } });
  },
  menuClosed(): void {
    set({ menu: null });
  },
  /** Run: plays from where the cursor is (from the start when the run had ended). */
  runRequested(): void {
    const run = ensureRun();
    if (!run) return;
    if (get().cursor >= run.events.length - 1) set({ cursor: -1 });
    set({ playing: true });
    startTimer();
  },
  paused(): void {
    stopTimer();
    set({ playing: false });
  },
  steppedForward(): void {
    stopTimer();
    const run = ensureRun();
    if (!run) return;
    set({ playing: false, cursor: Math.min(get().cursor + 1, run.events.length - 1) });
  },
  steppedBack(): void {
    stopTimer();
    set({ playing: false, cursor: Math.max(get().cursor - 1, -1) });
  },
  /** Runs to the end at once. */
  skippedToEnd(): void {
    stopTimer();
    const run = ensureRun();
    if (run) set({ playing: false, cursor: run.events.length - 1 });
  },
  jumpedTo(seq: number): void {
    stopTimer();
    const run = get().run;
    if (run) set({ playing: false, cursor: Math.max(-1, Math.min(seq, run.events.length - 1)) });
  },
  reset(): void {
    set({ ...discardRun(), notice: null });
  },
  speedChosen(speed: number): void {
    set({ speed });
    if (get().playing) startTimer();
  },
  /** Opens a run with given inputs (a drill cell), paused at its first event. */
  runOpened(inputs: RunInputs, playbook: Playbook = documentStore.getState().document): void {
    stopTimer();
    const injections: Injection[] = [
      ...inputs.faults.map((fault): Injection => ({ kind: 'fault', fault })),
      ...Object.entries(inputs.approvals).flatMap(([node, decision]): Injection[] =>
        decision === 'approve' ? [] : [{ kind: 'approval', node, decision }],
      ),
    ];
    set({ open: true, tab: 'run', scenarioId: inputs.scenarioId, injections, playing: false });
    if (watch(playbook, inputs)) set({ cursor: 0 });
  },
  /**
   * Saves the watched run as a scenario of the playbook, through the document's command stream
   * (`scenario.update` inserting at the end), so one undo takes it back out.
   */
  runSaved(): string | null {
    const run = get().run;
    if (!run) return 'There is no run to save yet';
    const { document } = documentStore.getState();
    const scenario = scenarioFromRun(run, document.scenarios);
    const refusal = dispatch({
      type: 'scenario.update',
      index: document.scenarios.length,
      value: scenario,
      insert: true,
    });
    if (refusal) {
      set({ notice: `Not saved: ${refusal}` });
      return refusal;
    }
    // Adding a scenario changes nothing the run depends on: the run is still current.
    set({
      run: { ...run, playbook: documentStore.getState().document },
      notice: `Saved as scenario "${scenario.name}". Undo (Ctrl+Z) takes it back out.`,
    });
    return null;
  },
};

/** A scenario from the watched run: its faults and approvals, with what was observed as `expect`. */
export function scenarioFromRun(run: WatchedRun, existing: readonly Scenario[]): Scenario {
  const used = new Set(existing.map((scenario) => scenario.id));
  let number = 1;
  while (used.has(`saved-run-${number}`)) number += 1;
  const base = existing.find((scenario) => scenario.id === run.inputs.scenarioId);
  const { result } = run;
  return {
    id: `saved-run-${number}`,
    name: `Saved run ${number}: ${run.inputs.label}`,
    ...(base?.trigger !== undefined ? { trigger: base.trigger } : {}),
    ...(base?.startAt !== undefined ? { startAt: base.startAt } : {}),
    faults: [...(base?.faults ?? []), ...run.inputs.faults],
    approvals: { ...(base?.approvals ?? {}), ...run.inputs.approvals },
    expect: {
      outcome: result.outcome,
      ...(result.endNode !== null ? { endNode: result.endNode } : {}),
      consistent: result.consistent,
      ...(result.withinRto !== null ? { withinRto: result.withinRto } : {}),
    },
  };
}

export const useSimulationOpen = () => useStore(simulationStore, (s) => s.open);
export const useSimulation = <T>(selector: (state: SimulationState) => T): T =>
  useStore(simulationStore, selector);

/** What the canvas draws of the watched run at the cursor. */
export function useRunTrace(): RunTrace {
  const run = useStore(simulationStore, (s) => s.run);
  const cursor = useStore(simulationStore, (s) => s.cursor);
  const open = useStore(simulationStore, (s) => s.open);
  return useMemo(
    () => (run && open ? traceAt(run.events, cursor, run.playbook.edges) : EMPTY_TRACE),
    [run, cursor, open],
  );
}
