import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSaga } from '../../bench/fixtures/saga';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { drill, drillEntries, simulate } from '../../src/simulator';
import { type DrillExecutor, fullExecutor, leanExecutor } from '../../src/simulator/drillRunner';
import { playbookArb } from './arbitraryPlaybook';

const folder = new URL('../../src/templates/examples/', import.meta.url);
const examples: [string, Playbook][] = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const parsed = parsePlaybook(JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is invalid`);
    return [file, parsed.playbook];
  });
const sagas: [string, Playbook][] = [7, 23].map((steps) => [`a ${steps}-step saga`, generateSaga(steps)]);

function drilled(playbook: Playbook, executor?: DrillExecutor) {
  const outcome = drill(playbook, executor);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.drill;
}

describe('drill runs are lean and forked, with the results of full runs', () => {
  it.each([...examples, ...sagas])(
    'every drill run of %s gives, lean, the outcome, consistency and timings of a full simulate',
    (_name, playbook) => {
      let checked = 0;
      for (const entry of drillEntries(playbook, leanExecutor(playbook, { fork: false }))) {
        if (entry.run.status !== 'run') continue;
        const full = simulate(playbook, {
          faults: entry.faults,
          approvals: entry.approvals,
          seed: playbook.id,
        });
        if (!full.ok) throw new Error(full.error.message);
        expect([
          entry.run.name,
          entry.run.outcome,
          entry.run.consistent,
          entry.run.recoveryMs,
          entry.run.withinRto,
        ]).toEqual([
          entry.run.name,
          full.result.outcome,
          full.result.consistent,
          full.result.recoveryMs,
          full.result.withinRto,
        ]);
        checked += 1;
      }
      expect(checked).toBeGreaterThan(0);
    },
  );

  it.each([...examples, ...sagas])(
    'the drill of %s is the same whether runs are full, lean, or lean and forked from the baseline',
    (_name, playbook) => {
      const full = drilled(playbook, fullExecutor(playbook));
      expect(drilled(playbook, leanExecutor(playbook, { fork: false }))).toEqual(full);
      expect(drilled(playbook)).toEqual(full);
    },
  );

  it('property: for random playbooks, forking drill runs from the baseline changes no row of the drill', () => {
    fc.assert(
      fc.property(playbookArb, (playbook) => {
        const full = drilled(playbook, fullExecutor(playbook));
        expect(drilled(playbook, leanExecutor(playbook, { fork: false }))).toEqual(full);
        expect(drilled(playbook, leanExecutor(playbook))).toEqual(full);
      }),
      { numRuns: 120 },
    );
  });

  it('a run whose faults are on nodes the baseline never enters is the baseline', () => {
    const playbook = examples.find(([file]) => file.startsWith('order'))![1];
    const executor = leanExecutor(playbook);
    const baseline = executor([], {});
    const untouched = executor([{ node: 'c1', type: 'fail' }], {});
    if (!baseline.ok || !untouched.ok) throw new Error('run failed');
    expect(untouched.execution.verdict).toEqual(baseline.execution.verdict);
    const full = simulate(playbook, { faults: [{ node: 'c1', type: 'fail' }], seed: playbook.id });
    if (!full.ok) throw new Error(full.error.message);
    expect(untouched.execution.verdict.outcome).toBe(full.result.outcome);
  });
});
