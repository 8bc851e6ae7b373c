import type { Fault, Playbook, PlaybookNode } from '../domain/types';
import { type DrillResult, type DrillRun, type DrillSummary, type RunError, simulate } from '../simulator';

/** The fault of a drill run: a fault type, or `reject` for an approval (as the drill names it). */
export type DrillFault = NonNullable<DrillRun['fault']>;

/** A drill run with the inputs that reproduce it, so the simulator panel can open it. */
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

const isRetried = (node: PlaybookNode) =>
  node.kind === 'compensation' || node.kind === 'restore' || node.kind === 'approval';

/** How many runs the drill of a playbook makes: for the progress bar. */
export function drillSize(playbook: Playbook): number {
  let size = 1;
  for (const node of playbook.nodes) size += stepFaults(node).length + (isRetried(node) ? 1 : 0);
  return size;
}

/**
 * The drill of spec section 7, one run at a time, each with the faults and approvals it used.
 * It makes exactly the runs `drill()` makes, in its order and with its seed (a test holds the
 * two equal); `drill()` returns only the rows, and the matrix needs the inputs to reopen a cell.
 */
export function* drillEntries(playbook: Playbook): Generator<DrillEntry, RunError | null> {
  const entered = new Map<string, Set<string>>();
  const execute = (
    name: string,
    node: string | null,
    fault: DrillFault | null,
    basedOn: string | null,
    faults: Fault[],
    approvals: Record<string, 'reject'>,
  ): DrillEntry | RunError => {
    const outcome = simulate(playbook, { faults, approvals, seed: playbook.id });
    if (!outcome.ok) return outcome.error;
    const { result } = outcome;
    // Item 3 looks only at the baseline and the step `fail` runs: keep what those reached.
    if (name === 'baseline' || (basedOn === null && fault === 'fail'))
      entered.set(
        name,
        new Set(result.events.flatMap((event) => (event.type === 'enter' && event.node ? [event.node] : []))),
      );
    const run: DrillRun = {
      name,
      node,
      fault,
      basedOn,
      status: 'run',
      outcome: result.outcome,
      consistent: result.consistent,
      recoveryMs: result.recoveryMs,
      withinRto: result.withinRto,
    };
    return { run, faults, approvals };
  };
  const isError = (value: DrillEntry | RunError): value is RunError => !('run' in value);

  // 1. The baseline.
  const baseline = execute('baseline', null, null, null, [], {});
  if (isError(baseline)) return baseline;
  yield baseline;

  // 2. Every step under every fault that applies to it; the `fail` runs are kept for item 3.
  const failRuns: { name: string; fault: Fault }[] = [];
  for (const node of playbook.nodes) {
    for (const fault of stepFaults(node)) {
      const name = `${node.id}:${fault.type}`;
      const entry = execute(name, node.id, fault.type, null, [fault], {});
      if (isError(entry)) return entry;
      if (fault.type === 'fail') failRuns.push({ name, fault });
      yield entry;
    }
  }

  // 3. Compensations, restores and approvals failing as well, on a run that reached them.
  for (const node of playbook.nodes) {
    if (!isRetried(node)) continue;
    const fault: DrillFault = node.kind === 'approval' ? 'reject' : 'fail';
    const name = `${node.id}:${fault}`;
    const found = entered.get('baseline')?.has(node.id)
      ? { name: 'baseline', faults: [] as Fault[] }
      : failRuns
          .filter((run) => entered.get(run.name)?.has(node.id))
          .map((run) => ({ name: run.name, faults: [run.fault] }))[0];
    if (!found) {
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
      };
      yield { run, faults: [], approvals: {} };
      continue;
    }
    const faults: Fault[] =
      fault === 'fail' ? [...found.faults, { node: node.id, type: 'fail' }] : found.faults;
    const approvals: Record<string, 'reject'> = fault === 'reject' ? { [node.id]: 'reject' } : {};
    const entry = execute(name, node.id, fault, found.name, faults, approvals);
    if (isError(entry)) return entry;
    yield entry;
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

/** The whole drill result from its entries (the same shape `drill()` returns). */
export const drillResultOf = (playbook: Playbook, entries: readonly DrillEntry[]): DrillResult => {
  const runs = entries.map((entry) => entry.run);
  return { playbook: playbook.id, runs, summary: summarizeDrill(runs) };
};
