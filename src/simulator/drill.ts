import type { Fault, Playbook, PlaybookNode } from '../domain/types';
import { type DrillExecution, type DrillExecutor, leanExecutor } from './drillRunner';
import type { RunOutcome } from './events';
import type { RunError } from './session';
import type { RunVerdict } from './verdict';

/** The fault of a drill run: a fault type, or `reject` for an approval. */
export type DrillFault = Fault['type'] | 'reject';

/** One row of the drill (spec section 7). */
export interface DrillRun {
  /** `baseline`, or the node the run's own fault is on. */
  name: string;
  node: string | null;
  fault: DrillFault | null;
  /**
   * For a compensation/restore/approval run: the run it repeats (`baseline`, `s2:fail`, and where
   * neither executed the node, another earlier drill run such as `s3:partial` or `a1:reject`).
   */
  basedOn: string | null;
  /** `not reached`: no earlier drill run executed this node, so it was not run. */
  status: 'run' | 'not reached';
  outcome: RunOutcome | null;
  consistent: boolean | null;
  recoveryMs: number | null;
  withinRto: boolean | null;
  /** A failed or incomplete run: whether it left data changed against the initial state (see `RunVerdict`). */
  leftChanged: boolean | null;
}

export interface DrillSummary {
  runs: number;
  consistent: number;
  withinRto: number;
  notReached: number;
  worstRecoveryMs: number;
}

export interface DrillResult {
  playbook: string;
  runs: DrillRun[];
  summary: DrillSummary;
}

/** A drill row with the faults and approvals that reproduce it with `simulate` (and the drill's seed). */
export interface DrillEntry {
  run: DrillRun;
  faults: Fault[];
  approvals: Record<string, 'reject'>;
}

function stepFaults(node: PlaybookNode): Fault[] {
  if (node.kind !== 'step') return [];
  const faults: Fault[] = [
    { node: node.id, type: 'fail' },
    { node: node.id, type: 'partial', fraction: 0.5 },
    { node: node.id, type: 'timeout' },
    { node: node.id, type: 'duplicate' },
  ];
  if (node.system !== undefined) faults.push({ node: node.id, type: 'outage', duration: 'PT10M' });
  return faults;
}

const isDrilledOnTop = (node: PlaybookNode) =>
  node.kind === 'compensation' || node.kind === 'restore' || node.kind === 'approval';

/** A row of items 1 and 2: the baseline (no fault), or a step under one fault. */
export interface DrillStepTask {
  name: string;
  node: string | null;
  fault: DrillFault | null;
  faults: Fault[];
}

const stepTaskLists = new WeakMap<Playbook, DrillStepTask[]>();

/** Items 1 and 2 in the spec's order: the baseline, then each step under each fault that applies to it. */
export function drillStepTasks(playbook: Playbook): DrillStepTask[] {
  let tasks = stepTaskLists.get(playbook);
  if (!tasks) {
    tasks = [{ name: 'baseline', node: null, fault: null, faults: [] }];
    for (const node of playbook.nodes) {
      for (const fault of stepFaults(node))
        tasks.push({ name: `${node.id}:${fault.type}`, node: node.id, fault: fault.type, faults: [fault] });
    }
    stepTaskLists.set(playbook, tasks);
  }
  return tasks;
}

/** Item 3's nodes in node order: each compensation and restore failing, each approval rejecting. */
export function drillOnTopNodes(playbook: Playbook): { node: PlaybookNode; fault: DrillFault }[] {
  return playbook.nodes
    .filter(isDrilledOnTop)
    .map((node) => ({ node, fault: node.kind === 'approval' ? ('reject' as const) : ('fail' as const) }));
}

/** How many rows the drill of a playbook has (for a progress bar). */
export function drillSize(playbook: Playbook): number {
  let size = 1;
  for (const node of playbook.nodes) size += stepFaults(node).length + (isDrilledOnTop(node) ? 1 : 0);
  return size;
}

/** A run made, kept as a possible base of item 3. */
interface Made {
  name: string;
  faults: Fault[];
  approvals: Record<string, 'reject'>;
}

/**
 * The drill (spec section 7), row by row, each with the inputs that reproduce it: the baseline,
 * then each step under each fault, then each compensation, restore and approval failing on top of
 * a run that reached it. `executor` runs one row (lean and forked by default).
 */
export function* drillEntries(
  playbook: Playbook,
  executor: DrillExecutor = leanExecutor(playbook),
): Generator<DrillEntry, RunError | null> {
  const make = (
    planned: Omit<DrillRun, 'status' | keyof RunVerdict>,
    faults: Fault[],
    approvals: Record<string, 'reject'>,
  ): { entry: DrillEntry; made: Made; execution: DrillExecution } | RunError => {
    const executed = executor(faults, approvals);
    if (!executed.ok) return executed.error;
    const { verdict } = executed.execution;
    const run: DrillRun = { ...planned, status: 'run', ...verdict };
    return {
      entry: { run, faults, approvals },
      made: { name: planned.name, faults, approvals },
      execution: executed.execution,
    };
  };

  // Item 3's bases are found as item 2 goes (rule below): per on-top node, the first step `fail`
  // run and the first step run of any fault that entered it. A run looks only at the nodes still
  // without a `fail` run, by position, so no run's "entered" has to be kept.
  const onTop = drillOnTopNodes(playbook);
  const positions = new Map(playbook.nodes.map((node, position) => [node.id, position] as const));
  const onTopPositions = onTop.map(({ node }) => positions.get(node.id)!);
  const firstFailRun = new Int32Array(onTop.length).fill(-1);
  const firstStepRun = new Int32Array(onTop.length).fill(-1);
  let open = onTop.map((_, at) => at);
  const note = (runIndex: number, execution: DrillExecution, fail: boolean) => {
    let closed = false;
    for (const at of open) {
      if (!execution.enteredAt(onTopPositions[at]!)) continue;
      if (firstStepRun[at] === -1) firstStepRun[at] = runIndex;
      if (fail && firstFailRun[at] === -1) {
        firstFailRun[at] = runIndex;
        closed = true;
      }
    }
    if (closed) open = open.filter((at) => firstFailRun[at] === -1);
  };

  // 1. The baseline, then 2. every step under every fault that applies to it; all are kept as
  // possible bases of item 3.
  const [baselineTask, ...stepTasks] = drillStepTasks(playbook);
  const baseline = make({ name: baselineTask!.name, node: null, fault: null, basedOn: null }, [], {});
  if (!('entry' in baseline)) return baseline;
  // A node the baseline entered is based on the baseline: no step run need look at it.
  open = open.filter((at) => !baseline.execution.enteredAt(onTopPositions[at]!));
  yield baseline.entry;

  const stepRuns: Made[] = [];
  for (const { name, node, fault, faults } of stepTasks) {
    const made = make({ name, node, fault, basedOn: null }, faults, {});
    if (!('entry' in made)) return made;
    note(stepRuns.length, made.execution, fault === 'fail');
    stepRuns.push(made.made);
    yield made.entry;
  }

  // 3. Compensations, restores and approvals failing as well, on a run that reached them: the
  // baseline, else the first step `fail` run (the spec's rule), else the first other earlier run
  // (docs/semantics-notes.md, "drill bases": item-2 runs in order, then item-3 runs made so far).
  const onTopRuns: { made: Made; execution: DrillExecution }[] = [];
  for (let at = 0; at < onTop.length; at += 1) {
    const { node, fault } = onTop[at]!;
    const name = `${node.id}:${fault}`;
    const position = onTopPositions[at]!;
    const base = baseline.execution.enteredAt(position)
      ? baseline.made
      : firstFailRun[at] !== -1
        ? stepRuns[firstFailRun[at]!]
        : firstStepRun[at] !== -1
          ? stepRuns[firstStepRun[at]!]
          : onTopRuns.find((run) => run.execution.enteredAt(position))?.made;
    if (!base) {
      const run: DrillRun = {
        name,
        node: node.id,
        fault,
        basedOn: null,
        status: 'not reached',
        outcome: null,
        consistent: null,
        recoveryMs: null,
        withinRto: null,
        leftChanged: null,
      };
      yield { run, faults: [], approvals: {} };
      continue;
    }
    const faults: Fault[] =
      fault === 'fail' ? [...base.faults, { node: node.id, type: 'fail' }] : base.faults;
    const approvals: Record<string, 'reject'> =
      fault === 'reject' ? { ...base.approvals, [node.id]: 'reject' } : base.approvals;
    const made = make({ name, node: node.id, fault, basedOn: base.name }, faults, approvals);
    if (!('entry' in made)) return made;
    onTopRuns.push({ made: made.made, execution: made.execution });
    yield made.entry;
  }
  return null;
}

/** The drill summary of spec section 7 over the rows. */
export function summarizeDrill(runs: readonly DrillRun[]): DrillSummary {
  const ran = runs.filter((run) => run.status === 'run');
  return {
    runs: ran.length,
    consistent: ran.filter((run) => run.consistent === true).length,
    withinRto: ran.filter((run) => run.withinRto === true).length,
    notReached: runs.length - ran.length,
    worstRecoveryMs: ran.reduce((worst, run) => Math.max(worst, run.recoveryMs ?? 0), 0),
  };
}

/** The drill result of entries that `drillEntries` gave (all of them, in order). */
export const drillResultOf = (playbook: Playbook, entries: readonly DrillEntry[]): DrillResult => {
  const runs = entries.map((entry) => entry.run);
  return { playbook: playbook.id, runs, summary: summarizeDrill(runs) };
};

/**
 * The drill (spec section 7): the baseline, then each step under each fault, then each
 * compensation, restore and approval failing on top of a run that reached it.
 */
export function drill(
  playbook: Playbook,
  executor?: DrillExecutor,
): { ok: true; drill: DrillResult } | { ok: false; error: RunError } {
  const runs: DrillRun[] = [];
  const entries = drillEntries(playbook, executor);
  for (;;) {
    const next = entries.next();
    if (next.done) {
      if (next.value) return { ok: false, error: next.value };
      break;
    }
    runs.push(next.value.run);
  }
  return { ok: true, drill: { playbook: playbook.id, runs, summary: summarizeDrill(runs) } };
}
