import { describe, expect, it } from 'vitest';
import { type DrillRun, drill } from '../../src/simulator';
import { fullExecutor } from '../../src/simulator/drillRunner';
import { drillCellView, runsWithDataRight, unrecoveredRuns } from '../../src/viewModels/drillCell';
import { end, playbook, revert, step } from '../simulator/helpers';

// Charge (undone by a refund), then update the CRM; a failing CRM update goes to a `failed` end,
// so the charge stays behind: a failed run whose `consistent` (the data rules only) is true.
const charges = [{ name: 'charges', key: 'id', fields: [{ name: 'id', type: 'string' }] }];
const pb = playbook({
  entities: charges,
  dataset: { charges: [] },
  nodes: [
    step('charge', { effects: [{ op: 'insert', entity: 'charges', records: [{ id: 'CH-1' }] }] }),
    revert('refund'),
    step('crm'),
    end('done'),
    end('stop', 'failed'),
  ],
  chain: ['charge', 'crm', 'done'],
  edges: ['charge>refund:compensate', 'crm>stop:failure'],
});

function runsOf(executor?: ReturnType<typeof fullExecutor>): DrillRun[] {
  const outcome = drill(pb, executor);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.drill.runs;
}
const byName = (runs: DrillRun[], name: string) => runs.find((run) => run.name === name)!;

describe('drill cells', () => {
  it('a failed run that left the charge is red and never "✓ data"', () => {
    const run = byName(runsOf(), 'crm:fail');
    expect([run.outcome, run.consistent, run.leftChanged]).toEqual(['failed', true, true]);
    const view = drillCellView(run);
    expect(view.tone).toBe('bad');
    expect(view.data).toBe('✗ data left changed');
    expect(view.words).toMatch(/^failed, data left changed against the state before the run/);
  });

  it('a failed refund (rollback incomplete) is red with the data left changed', () => {
    const run = byName(runsOf(), 'refund:fail');
    expect(run.outcome).toBe('rollback_incomplete');
    const view = drillCellView(run);
    expect([view.tone, view.outcome, view.data]).toEqual(['bad', 'Undo incomplete', '✗ data left changed']);
  });

  it('a run that rolled back cleanly keeps its colour and "✓ data"', () => {
    const run = byName(runsOf(), 'charge:partial');
    expect(run.outcome).toBe('rolled_back');
    const view = drillCellView(run);
    expect([view.tone, view.data]).toEqual(['rolled_back', '✓ data']);
  });

  it('the lean drill says the same as full simulations about data left changed', () => {
    expect(runsOf().map((run) => run.leftChanged)).toEqual(
      runsOf(fullExecutor(pb)).map((run) => run.leftChanged),
    );
  });

  it('counts the runs that did not recover', () => {
    const runs = runsOf();
    expect(unrecoveredRuns(runs)).toBe(
      runs.filter((run) => run.outcome === 'failed' || run.outcome === 'rollback_incomplete').length,
    );
    expect(unrecoveredRuns(runs)).toBeGreaterThanOrEqual(2);
  });

  it('the score counts a failed run that left the charge behind as not right, though the spec calls it consistent', () => {
    const runs = runsOf();
    const crmFail = byName(runs, 'crm:fail');
    expect(crmFail.consistent).toBe(true);
    const right = runsWithDataRight(runs);
    expect(right).toBe(
      runs.filter((run) => run.consistent && !run.leftChanged && run.status === 'run').length,
    );
    expect(right).toBeLessThan(runs.filter((run) => run.consistent).length);
  });

  it('a cell no run reached says so', () => {
    const run: DrillRun = {
      name: 'c:fail',
      node: 'c',
      fault: 'fail',
      basedOn: null,
      status: 'not reached',
      outcome: null,
      consistent: null,
      recoveryMs: null,
      withinRto: null,
      leftChanged: null,
    };
    expect(drillCellView(run)).toEqual({
      tone: 'unreached',
      outcome: 'not reached',
      data: '',
      words: 'not reached: no run got here',
    });
  });
});
