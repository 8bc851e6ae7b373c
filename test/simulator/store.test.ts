import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import { DataStore } from '../../src/simulator/store';

const parsed = parsePlaybook({
  format: 'rollbook.playbook',
  schemaVersion: 1,
  id: 'store',
  name: 'Store',
  dataModel: {
    entities: [
      {
        name: 'items',
        key: 'id',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'v', type: 'integer' },
        ],
      },
    ],
  },
  dataset: {
    items: [
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
      { id: 'a', v: 3 },
    ],
  },
  nodes: [
    { id: 't', kind: 'trigger', label: 'T', signal: 'manual' },
    { id: 'e', kind: 'end', label: 'E', outcome: 'completed' },
  ],
  edges: [{ id: 'n', source: 't', target: 'e', kind: 'next' }],
});
if (!parsed.ok) throw new Error('invalid');
const playbook = parsed.playbook;

const keyArb = fc.constantFrom('a', 'b', 'c', 'd');
const opArb = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), id: keyArb, v: fc.nat(9) }),
  fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), id: keyArb, v: fc.nat(9) }),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('putBack' as const), pick: fc.nat(), id: keyArb }),
  fc.record({ op: fc.constant('begin' as const) }),
  fc.record({ op: fc.constant('rollback' as const) }),
  fc.record({ op: fc.constant('commit' as const) }),
  fc.record({ op: fc.constant('fork' as const), keep: fc.boolean() }),
  fc.record({ op: fc.constant('restore' as const) }),
);

describe('the data store', () => {
  it('property: finding rows by key through the index gives what reading every row gives, after any writes, rollbacks, restores and forks', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        let store = DataStore.fromPlaybook(playbook);
        const marks: number[] = [];
        const removed: { rowId: number }[] = [];
        const snapshot = store.copyRows('items');
        const check = () => {
          for (const id of ['a', 'b', 'c', 'd'])
            expect(store.rowsWithKey('items', id)).toEqual(
              store.rows('items').filter((row) => row.record.id === id),
            );
          const ids = store.rows('items').map((row) => row.rowId);
          expect(ids).toEqual([...ids].sort((x, y) => x - y));
        };
        for (const op of ops) {
          const rows = store.rows('items');
          const picked = rows.length > 0 ? rows[('pick' in op ? op.pick : 0) % rows.length]! : undefined;
          switch (op.op) {
            case 'insert':
              store.insert('items', { id: op.id, v: op.v });
              break;
            case 'replace':
              if (picked) store.replace('items', picked.rowId, { id: op.id, v: op.v });
              break;
            case 'remove':
              if (picked) {
                store.remove('items', picked.rowId);
                removed.push(picked);
              }
              break;
            case 'putBack': {
              const target =
                removed.length > 0 ? removed[('pick' in op ? op.pick : 0) % removed.length]! : picked;
              if (target) store.putBack('items', target.rowId, { id: op.id, v: 0 });
              break;
            }
            case 'begin':
              marks.push(store.begin());
              break;
            case 'rollback':
              if (marks.length > 0) store.rollback(marks.pop()!);
              break;
            case 'commit':
              if (marks.length > 0) store.commit(marks.pop()!);
              break;
            case 'fork':
              if (marks.length === 0) {
                const fork = store.fork();
                check();
                if (!op.keep) store = fork;
              }
              break;
            case 'restore':
              if (marks.length === 0) store.replaceAll('items', snapshot);
              break;
          }
          check();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a rolled-back transaction leaves every table exactly as it was', () => {
    const store = DataStore.fromPlaybook(playbook);
    const before = store.rows('items').slice();
    const mark = store.begin();
    store.insert('items', { id: 'c', v: 1 });
    store.replace('items', before[0]!.rowId, { id: 'z', v: 9 });
    store.remove('items', before[1]!.rowId);
    store.rollback(mark);
    expect(store.rows('items')).toEqual(before);
    expect(store.rowsWithKey('items', 'a')).toEqual([before[0], before[2]]);
  });
});
