import type { Fault, Playbook } from '../domain/types';
import {
  type DrillEntry,
  type DrillFault,
  type DrillRun,
  type DrillStepTask,
  drillOnTopNodes,
  drillStepTasks,
} from './drill';
import { type DrillExecutor, leanExecutor } from './drillRunner';
import type { RunError } from './session';

/**
 * The drill cut into slices that run independently (issue 20: the drill on every core). A slice is
 * a contiguous range of the spec's list, so concatenating the slices' rows in slice order gives
 * exactly the rows of `drillEntries`, and each worker's lean executor forks forward as it does in
 * one piece.
 *
 * - `steps`: items 1 and 2, the baseline (task 0) and every step under every fault
 *   (`drillStepTasks`). Besides its rows, a steps slice tells which of its runs first entered each
 *   compensation, restore and approval: what item 3 picks its bases from.
 * - `on-top`: item 3 for a range of those nodes (`drillOnTopNodes`), each with the base the
 *   coordinator resolved from the steps slices. A node no baseline or step run entered takes the
 *   first earlier item-3 run that entered it: only a slice that starts at the first node can see
 *   those, so the coordinator gives item 3 one slice whenever any node lacks a base.
 */
export type DrillSlice =
  | { kind: 'steps'; from: number; to: number }
  | { kind: 'on-top'; from: number; to: number; bases: readonly (DrillBase | null)[] };

/** A run item 3 repeats with one more fault: its name and the inputs that reproduce it. */
export interface DrillBase {
  name: string;
  faults: Fault[];
  approvals: Record<string, 'reject'>;
}

/** What a steps slice learnt for item 3: per on-top node, the first of its runs that entered it (task index, -1 none). */
export interface StepSliceFindings {
  /** 1 when the baseline entered the on-top node (only the slice holding task 0 knows). */
  baselineEntered: Uint8Array | null;
  /** The first `fail` run that entered each on-top node. */
  firstFailRun: Int32Array;
  /** The first step run of any fault that entered each on-top node. */
  firstStepRun: Int32Array;
}

export type SliceOutcome = { ok: true; findings: StepSliceFindings | null } | { ok: false; error: RunError };

/**
 * Runs one slice: yields its rows in order, returns what item 3 needs (for a steps slice). Pure and
 * deterministic: the same slice gives the same rows as the same range of `drillEntries`.
 */
export function* runDrillSlice(
  playbook: Playbook,
  slice: DrillSlice,
  executor: DrillExecutor = leanExecutor(playbook),
): Generator<DrillEntry, SliceOutcome> {
  const onTop = drillOnTopNodes(playbook);
  if (slice.kind === 'on-top') {
    const error = yield* runOnTopSlice(onTop, slice, executor);
    return error ? { ok: false, error } : { ok: true, findings: null };
  }
  const tasks = drillStepTasks(playbook);
  const findings: StepSliceFindings = {
    baselineEntered: slice.from === 0 ? new Uint8Array(onTop.length) : null,
    firstFailRun: new Int32Array(onTop.length).fill(-1),
    firstStepRun: new Int32Array(onTop.length).fill(-1),
  };
  // On-top nodes still without a first `fail` run here: once a node has one, later runs cannot
  // change its findings, so each run looks only at these (the list shrinks as the slice goes).
  let open = onTop.map((_, at) => at);
  const positions = new Map(playbook.nodes.map((node, position) => [node.id, position] as const));
  const onTopPositions = onTop.map(({ node }) => positions.get(node.id)!);
  for (let taskIndex = slice.from; taskIndex < slice.to; taskIndex += 1) {
    const task = tasks[taskIndex]!;
    const executed = executor(task.faults, {});
    if (!executed.ok) return { ok: false, error: executed.error };
    const { execution } = executed;
    let closed = false;
    for (const at of open) {
      if (!execution.enteredAt(onTopPositions[at]!)) continue;
      if (task.fault === null) findings.baselineEntered![at] = 1;
      else {
        if (findings.firstStepRun[at] === -1) findings.firstStepRun[at] = taskIndex;
        if (task.fault === 'fail' && findings.firstFailRun[at] === -1) {
          findings.firstFailRun[at] = taskIndex;
          closed = true;
        }
      }
    }
    if (closed) open = open.filter((at) => findings.firstFailRun[at] === -1);
    yield {
      run: { ...runOf(task.name, task.node, task.fault, null), ...execution.verdict },
      faults: task.faults,
      approvals: {},
    };
  }
  return { ok: true, findings };
}

function* runOnTopSlice(
  onTop: ReturnType<typeof drillOnTopNodes>,
  slice: Extract<DrillSlice, { kind: 'on-top' }>,
  executor: DrillExecutor,
): Generator<DrillEntry, RunError | null> {
  // Item-3 runs made in this slice, for nodes no earlier item-1/2 run entered (see DrillSlice).
  const made: { base: DrillBase; entered: (nodeId: string) => boolean }[] = [];
  for (let at = slice.from; at < slice.to; at += 1) {
    const { node, fault } = onTop[at]!;
    const name = `${node.id}:${fault}`;
    const base = slice.bases[at] ?? made.find((candidate) => candidate.entered(node.id))?.base ?? null;
    if (!base) {
      yield {
        run: { ...runOf(name, node.id, fault, null), status: 'not reached' },
        faults: [],
        approvals: {},
      };
      continue;
    }
    const faults: Fault[] =
      fault === 'fail' ? [...base.faults, { node: node.id, type: 'fail' }] : base.faults;
    const approvals: Record<string, 'reject'> =
      fault === 'reject' ? { ...base.approvals, [node.id]: 'reject' } : base.approvals;
    const executed = executor(faults, approvals);
    if (!executed.ok) return executed.error;
    made.push({ base: { name, faults, approvals }, entered: executed.execution.entered });
    yield {
      run: { ...runOf(name, node.id, fault, base.name), ...executed.execution.verdict },
      faults,
      approvals,
    };
  }
  return null;
}

/** A row before its verdict: a row that did not run keeps these nulls. */
function runOf(
  name: string,
  node: string | null,
  fault: DrillFault | null,
  basedOn: string | null,
): DrillRun {
  return {
    name,
    node,
    fault,
    basedOn,
    status: 'run',
    outcome: null,
    consistent: null,
    recoveryMs: null,
    withinRto: null,
    leftChanged: null,
  };
}

/**
 * Item 3's bases from the steps slices' findings (merged in slice order), by the drill's rule: the
 * baseline, else the first step `fail` run, else the first step run, else none here.
 */
export function resolveOnTopBases(
  playbook: Playbook,
  findings: readonly StepSliceFindings[],
): (DrillBase | null)[] {
  const tasks: readonly DrillStepTask[] = drillStepTasks(playbook);
  const baseOf = (task: DrillStepTask): DrillBase => ({
    name: task.name,
    faults: task.faults,
    approvals: {},
  });
  const first = (pick: (found: StepSliceFindings) => number) => {
    for (const found of findings) if (pick(found) !== -1) return pick(found);
    return -1;
  };
  return drillOnTopNodes(playbook).map((_, at) => {
    if (findings.some((found) => found.baselineEntered?.[at] === 1)) return baseOf(tasks[0]!);
    const fail = first((found) => found.firstFailRun[at]!);
    if (fail !== -1) return baseOf(tasks[fail]!);
    const any = first((found) => found.firstStepRun[at]!);
    return any === -1 ? null : baseOf(tasks[any]!);
  });
}

/** Cuts `count` items into at most `parts` contiguous ranges of nearly equal size. */
export function contiguousRanges(count: number, parts: number): { from: number; to: number }[] {
  const n = Math.max(1, Math.min(parts, count));
  const ranges: { from: number; to: number }[] = [];
  for (let part = 0; part < n; part += 1) {
    const from = Math.floor((part * count) / n);
    const to = Math.floor(((part + 1) * count) / n);
    if (to > from) ranges.push({ from, to });
  }
  return ranges;
}

/**
 * Contiguous ranges of `weights.length` tasks cut so each holds about the same total weight (the
 * estimated cost), at most `parts` of them. Any cut gives the same rows; this one only decides
 * which worker waits for which. Empty ranges are left out.
 */
export function weightedRanges(weights: readonly number[], parts: number): { from: number; to: number }[] {
  const count = weights.length;
  const n = Math.max(1, Math.min(parts, count));
  let total = 0;
  for (const weight of weights) total += weight;
  const ranges: { from: number; to: number }[] = [];
  let from = 0;
  let sum = 0;
  for (let at = 0; at < count && ranges.length < n - 1; at += 1) {
    sum += weights[at]!;
    // Close the range once it reaches its share of what is left, so the last one is not starved.
    if (sum >= (total * (ranges.length + 1)) / n) {
      ranges.push({ from, to: at + 1 });
      from = at + 1;
    }
  }
  if (from < count) ranges.push({ from, to: count });
  return ranges;
}

/**
 * The estimated cost of each of items 1 and 2's runs. A step run forks from the baseline at its
 * node and walks on from there: a fault the step survives (`partial`, `duplicate`) walks the
 * steps after it to the end; one it fails under walks back the compensations of the steps before
 * it. Those walks back are shared between runs when every compensation is a `revert`
 * (rollbackMemo.ts), which leaves a run little more than a comparison per step (counted as 1/32
 * of a step). Cutting by count left one slice with most of the work, whichever end is heavy.
 */
export function stepTaskWeights(playbook: Playbook): number[] {
  const stepsBefore = new Map<string, number>();
  let steps = 0;
  let shared = true;
  for (const node of playbook.nodes) {
    stepsBefore.set(node.id, steps);
    if (node.kind === 'step') steps += 1;
    if (node.kind === 'compensation' && node.strategy !== 'revert') shared = false;
  }
  const walkBack = shared ? 1 / 32 : 1;
  return drillStepTasks(playbook).map((task) => {
    if (task.node === null) return 1;
    const before = stepsBefore.get(task.node) ?? 0;
    const survives = task.fault === 'partial' || task.fault === 'duplicate';
    return 1 + (survives ? steps - before - 1 : before * walkBack);
  });
}
