import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSaga } from '../../bench/fixtures/saga';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { drill, drillEntries, drillResultOf, drillSize, simulate } from '../../src/simulator';
import { type DrillExecutor, fullExecutor, leanExecutor } from '../../src/simulator/drillRunner';
import { PlaybookIndex } from '../../src/simulator/playbookIndex';
import { RollbackMemo } from '../../src/simulator/rollbackMemo';
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
    let shared = 0;
    fc.assert(
      fc.property(playbookArb, (playbook) => {
        const full = drilled(playbook, fullExecutor(playbook));
        expect(drilled(playbook, leanExecutor(playbook, { fork: false }))).toEqual(full);
        const rollbacks = new RollbackMemo(playbook, new PlaybookIndex(playbook));
        expect(drilled(playbook, leanExecutor(playbook, { rollbacks }))).toEqual(full);
        expect(drilled(playbook, leanExecutor(playbook, { rollbacks: null }))).toEqual(full);
        shared += rollbacks.taken;
      }),
      { numRuns: 120 },
    );
    // The shared walks back were taken, not merely allowed: the property saw them.
    expect(shared).toBeGreaterThan(0);
  });

  it("shares a saga's walks back: a run failing at step k + 1 takes the end of the walk of one failing at k", () => {
    const saga = generateSaga(60);
    const rollbacks = new RollbackMemo(saga, new PlaybookIndex(saga));
    const shared = drilled(saga, leanExecutor(saga, { rollbacks }));
    expect(shared).toEqual(drilled(saga, leanExecutor(saga, { rollbacks: null })));
    expect(shared).toEqual(drilled(saga, fullExecutor(saga)));
    // 132 runs fail (60 steps under fail and timeout, 12 under outage). Every one takes an earlier
    // run's end but s0's three (nothing to walk back) and s1:fail (the first with a step to undo).
    expect(rollbacks.taken).toBe(60 * 2 + 12 - 4);
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

describe('drill bases (docs/semantics-notes.md, "Drill bases")', () => {
  const order = examples.find(([file]) => file.startsWith('order'))![1];
  const rows = () => drilled(order).runs;
  const row = (name: string) => rows().find((run) => run.name === name)!;
  /** The events of the run a row names, replayed with `simulate`. */
  const replay = (name: string) => {
    const entry = [...drillEntries(order)].find((candidate) => candidate.run.name === name)!;
    const run = simulate(order, { faults: entry.faults, approvals: entry.approvals, seed: order.id });
    if (!run.ok) throw new Error(run.error.message);
    return { entry, result: run.result };
  };
  const enters = (name: string, node: string) =>
    replay(name).result.events.some((event) => event.type === 'enter' && event.node === node);

  it('keeps the spec rule where it finds a base: the baseline, else the first step-fail run', () => {
    expect(row('a1:reject').basedOn).toBe('baseline');
    expect(row('c1:fail').basedOn).toBe('s2:fail');
    expect(row('c2:fail').basedOn).toBe('s3:fail');
  });

  it('drills c3 of the order example on s3:partial, the first item-2 run that executed it', () => {
    expect(row('c3:fail')).toMatchObject({ status: 'run', basedOn: 's3:partial' });
    expect(enters('s3:fail', 'c3')).toBe(false);
    expect(enters('s3:partial', 'c3')).toBe(true);
    const { entry, result } = replay('c3:fail');
    expect(entry.faults).toEqual([
      { node: 's3', type: 'partial', fraction: 0.5 },
      { node: 'c3', type: 'fail' },
    ]);
    expect(row('c3:fail').outcome).toBe(result.outcome);
    expect(row('c3:fail').consistent).toBe(result.consistent);
  });

  it('drills r1 of the order example on c1:fail, an earlier item-3 run, when no item-2 run executed it', () => {
    expect(row('r1:fail')).toMatchObject({ status: 'run', basedOn: 'c1:fail' });
    for (const entry of drillEntries(order))
      if (entry.run.basedOn === null && entry.run.name !== 'r1:fail')
        expect([entry.run.name, enters(entry.run.name, 'r1')]).toEqual([entry.run.name, false]);
    expect(enters('c1:fail', 'r1')).toBe(true);
    const { entry, result } = replay('r1:fail');
    expect(entry.faults.map((fault) => `${fault.node}:${fault.type}`)).toEqual([
      's2:fail',
      'c1:fail',
      'r1:fail',
    ]);
    expect(row('r1:fail').recoveryMs).toBe(result.recoveryMs);
  });

  it('leaves no node of the three examples not reached', () => {
    for (const [, playbook] of examples) expect(drilled(playbook).summary.notReached).toBe(0);
  });

  it('lists a node that no earlier run executed as not reached, counted in the summary', () => {
    const parsed = parsePlaybook({
      format: 'rollbook.playbook',
      schemaVersion: 1,
      id: 'unreached',
      name: 'Unreached',
      dataModel: { entities: [] },
      nodes: [
        { id: 't', kind: 'trigger', label: 'Start', signal: 'manual' },
        { id: 's1', kind: 'step', label: 'Ping' },
        { id: 'c1', kind: 'compensation', label: 'Unping' },
        { id: 'done', kind: 'end', label: 'Done', outcome: 'completed' },
      ],
      edges: [
        { id: 'e1', source: 't', target: 's1', kind: 'next' },
        { id: 'e2', source: 's1', target: 'done', kind: 'next' },
        { id: 'e3', source: 's1', target: 'c1', kind: 'compensate' },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const result = drilled(parsed.playbook);
    expect(result.runs.find((run) => run.name === 'c1:fail')).toMatchObject({
      status: 'not reached',
      basedOn: null,
    });
    expect(result.summary.notReached).toBe(1);
    expect(result.summary.runs).toBe(result.runs.length - 1);
  });
});

describe('drill entries, for the drill worker', () => {
  it.each(examples)(
    'give, row by row, the result drill() gives, with drillSize rows, for %s',
    (_file, playbook) => {
      const entries = [...drillEntries(playbook)];
      expect(entries).toHaveLength(drillSize(playbook));
      expect(drillResultOf(playbook, entries)).toEqual(drilled(playbook));
    },
  );
});
