import type { Fault, Playbook } from '../domain/types';
import type { RunOutcome } from './events';
import type { SimulationResult } from './result';
import { type RunError, simulate } from './session';

/** The fault of a drill run: a fault type, or `reject` for an approval. */
export type DrillFault = Fault['type'] | 'reject';

/** One row of the drill (spec section 7). */
export interface DrillRun {
  /** `baseline`, or the node the run's own fault is on. */
  name: string;
  node: string | null;
  fault: DrillFault | null;
  /** For a compensation/restore/approval run: the run it repeats (`baseline` or `s2:fail`). */
  basedOn: string | null;
  /** `not reached`: no baseline or step-`fail` run executed this node, so it was not run. */
  status: 'run' | 'not reached';
  outcome: RunOutcome | null;
  consistent: boolean | null;
  recoveryMs: number | null;
  withinRto: boolean | null;
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

interface Planned {
  name: string;
  node: string | null;
  fault: DrillFault | null;
  basedOn: string | null;
  faults: Fault[];
  approvals: Record<string, 'reject'>;
}

function stepFaults(node: Playbook['nodes'][number]): Fault[] {
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

const entered = (result: SimulationResult, nodeId: string) =>
  result.events.some((event) => event.type === 'enter' && event.node === nodeId);

/**
 * The drill (spec section 7): the baseline, then each step under each fault, then each
 * compensation, restore and approval failing on top of a run that reached it.
 */
export function drill(playbook: Playbook): { ok: true; drill: DrillResult } | { ok: false; error: RunError } {
  const runs: DrillRun[] = [];
  const execute = (planned: Planned) => {
    const outcome = simulate(playbook, {
      faults: planned.faults,
      approvals: planned.approvals,
      seed: playbook.id,
    });
    if (!outcome.ok) return outcome;
    const { result } = outcome;
    runs.push({
      name: planned.name,
      node: planned.node,
      fault: planned.fault,
      basedOn: planned.basedOn,
      status: 'run',
      outcome: result.outcome,
      consistent: result.consistent,
      recoveryMs: result.recoveryMs,
      withinRto: result.withinRto,
    });
    return outcome;
  };

  // 1. The baseline.
  const baseline = execute({
    name: 'baseline',
    node: null,
    fault: null,
    basedOn: null,
    faults: [],
    approvals: {},
  });
  if (!baseline.ok) return baseline;

  // 2. Every step under every fault that applies to it; the `fail` runs are kept for item 3.
  const failRuns: { name: string; fault: Fault; result: SimulationResult }[] = [];
  for (const node of playbook.nodes) {
    for (const fault of stepFaults(node)) {
      const name = `${node.id}:${fault.type}`;
      const run = execute({
        name,
        node: node.id,
        fault: fault.type,
        basedOn: null,
        faults: [fault],
        approvals: {},
      });
      if (!run.ok) return run;
      if (fault.type === 'fail') failRuns.push({ name, fault, result: run.result });
    }
  }

  // 3. Compensations, restores and approvals failing as well, on a run that reached them.
  for (const node of playbook.nodes) {
    if (node.kind !== 'compensation' && node.kind !== 'restore' && node.kind !== 'approval') continue;
    const fault: DrillFault = node.kind === 'approval' ? 'reject' : 'fail';
    const base = entered(baseline.result, node.id)
      ? { name: 'baseline', faults: [] as Fault[] }
      : (() => {
          const found = failRuns.find((run) => entered(run.result, node.id));
          return found ? { name: found.name, faults: [found.fault] } : null;
        })();
    const name = `${node.id}:${fault}`;
    if (!base) {
      runs.push({
        name,
        node: node.id,
        fault,
        basedOn: null,
        status: 'not reached',
        outcome: null,
        consistent: null,
        recoveryMs: null,
        withinRto: null,
      });
      continue;
    }
    const faults: Fault[] =
      fault === 'fail' ? [...base.faults, { node: node.id, type: 'fail' }] : base.faults;
    const approvals: Record<string, 'reject'> = fault === 'reject' ? { [node.id]: 'reject' } : {};
    const run = execute({ name, node: node.id, fault, basedOn: base.name, faults, approvals });
    if (!run.ok) return run;
  }

  const ran = runs.filter((run) => run.status === 'run');
  const summary: DrillSummary = {
    runs: ran.length,
    consistent: ran.filter((run) => run.consistent === true).length,
    withinRto: ran.filter((run) => run.withinRto === true).length,
    notReached: runs.length - ran.length,
    worstRecoveryMs: ran.reduce((worst, run) => Math.max(worst, run.recoveryMs ?? 0), 0),
  };
  return { ok: true, drill: { playbook: playbook.id, runs, summary } };
}
