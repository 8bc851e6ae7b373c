import { describe, expect, it } from 'vitest';
import { end, eventsOf, playbook, revert, run, setV, step } from './helpers';

const items = {
  name: 'items',
  key: 'id',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'v', type: 'integer', required: true },
    { name: 'parent', type: 'string' },
  ],
  unique: [['v']],
  references: [{ field: 'parent', entity: 'items' }],
};

describe('invariants of a check node', () => {
  const check = (invariant: Record<string, unknown>, dataset: Record<string, unknown>) =>
    eventsOf(
      run(
        playbook({
          nodes: [{ id: 'k', kind: 'check', invariants: [invariant] }, end('e')],
          chain: ['k', 'e'],
          dataset,
          entities: [items],
        }),
      ),
      'check',
    )[0]!.passed;
  const good = {
    items: [
      { id: 'a', v: 1 },
      { id: 'b', v: 2, parent: 'a' },
    ],
  };
  const bad = { items: [{ id: 'a', v: 1 }, { id: 'b', v: 1, parent: 'zz' }, { id: 'c' }] };
  it.each([
    ['unique', { type: 'unique', entity: 'items', fields: ['v'] }],
    ['references', { type: 'references', entity: 'items' }],
    ['required', { type: 'required', entity: 'items', fields: ['v'] }],
    ['count', { type: 'count', entity: 'items', op: '<=', value: 2 }],
    ['model', { type: 'model' }],
    ['expression', { type: 'expression', expr: 'data.items.all(i, has(i.v))' }],
  ])('%s holds on good data and fails on bad data', (_name, invariant) => {
    expect(check(invariant, good)).toBe(true);
    expect(check(invariant, bad)).toBe(false);
  });

  it('matchesCheckpoint holds when the data equals the snapshot, order of records ignored', () => {
    const pb = playbook({
      nodes: [
        { id: 'cp', kind: 'checkpoint' },
        step('s', {
          effects: [
            { op: 'delete', entity: 'items', match: { id: 'a' } },
            { op: 'insert', entity: 'items', records: [{ id: 'a', v: 1 }] },
          ],
        }),
        { id: 'k', kind: 'check', invariants: [{ type: 'matchesCheckpoint', checkpoint: 'cp' }] },
        step('s2', { effects: [setV('a', 5)] }),
        { id: 'k2', kind: 'check', invariants: [{ type: 'matchesCheckpoint', checkpoint: 'cp' }] },
        end('e'),
      ],
      chain: ['cp', 's', 'k', 's2', 'k2', 'e'],
    });
    expect(eventsOf(run(pb), 'check').map((event) => event.passed)).toEqual([true, false]);
  });
});

describe('the result', () => {
  it('a key held by two records counts as changed in the diff', () => {
    const pb = playbook({
      nodes: [
        step('s', { effects: [{ op: 'insert', entity: 'items', records: [{ id: 'a', v: 1 }] }] }),
        step('boom'),
        end('e'),
      ],
      chain: ['s', 'boom', 'e'],
    });
    const result = run(pb, { faults: [{ node: 'boom', type: 'fail' }] });
    expect(result.diff).toEqual({
      items: { added: [], removed: [], changed: [{ key: 'a', fields: ['id'] }] },
    });
    expect(result.consistent).toBe(false);
  });

  it('for restored, the expected state is the initial state with the restored entities equal to the snapshot', () => {
    const pb = playbook({
      nodes: [
        step('s1', { effects: [setV('a', 10)] }),
        { id: 'cp', kind: 'checkpoint' },
        step('s2', { effects: [setV('b', 20)] }),
        step('boom'),
        { id: 'r', kind: 'restore', checkpoint: 'cp' },
        end('e'),
        end('restored', 'restored'),
      ],
      chain: ['s1', 'cp', 's2', 'boom', 'e'],
      edges: ['boom>r:failure', 'r>restored:next'],
    });
    const result = run(pb, { faults: [{ node: 'boom', type: 'fail' }] });
    // The snapshot already holds s1's change, so the restored data is not the initial data.
    expect([result.outcome, result.expected, result.consistent]).toEqual(['restored', 'cp', true]);
  });

  it('withinRto compares recoveryMs with the rto and is null without one', () => {
    const build = (rto?: string) =>
      playbook({
        nodes: [step('s1'), revert('c1', { duration: 'PT2M' }), step('boom'), end('e')],
        chain: ['s1', 'boom', 'e'],
        edges: ['s1>c1:compensate'],
        ...(rto ? { rto } : {}),
      });
    const faults = [{ node: 'boom', type: 'fail' as const }];
    expect(run(build('PT2M'), { faults }).withinRto).toBe(true);
    expect(run(build('PT1M'), { faults }).withinRto).toBe(false);
    expect(run(build(), { faults }).withinRto).toBeNull();
  });

  it('each key of expect becomes one entry of expectations', () => {
    const pb = playbook({
      nodes: [end('e')],
      chain: ['e'],
      scenarios: [
        {
          id: 'x',
          name: 'X',
          expect: { outcome: 'failed', consistent: true, endNode: 'e', dataMatches: 'initial' },
        },
      ],
    });
    const result = run(pb, { scenario: 'x' });
    expect(result.expectations.map((entry) => [entry.name, entry.ok])).toEqual([
      ['outcome', false],
      ['endNode', true],
      ['consistent', true],
      ['dataMatches', true],
    ]);
  });
});
