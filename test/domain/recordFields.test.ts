import { describe, expect, it } from 'vitest';
import { generateSaga } from '../../bench/fixtures/saga';
import { parsePlaybook } from '../../src/domain/parse';

// biome-ignore lint/suspicious/noExplicitAny: the cases edit raw JSON documents freely.
type Raw = any;

/**
 * Records, `match` and `set` are checked by one schema per object (issue 20) instead of zod's
 * record of values; these are the messages and pointers the record schema gave, unchanged.
 * In the generated saga, node 1 is step s0 (an insert) and node 3 is step s1 (an update).
 */
const CASES: { name: string; mutate: (doc: Raw) => void; errors: [string, string][] }[] = [
  {
    name: 'an update that sets nothing',
    mutate: (d) => (d.nodes[3].effects[0].set = {}),
    errors: [['/nodes/3/effects/0/set', 'Node "s1": An update must set at least one field']],
  },
  {
    name: 'a list as the fields to set',
    mutate: (d) => (d.nodes[3].effects[0].set = [1]),
    errors: [['/nodes/3/effects/0/set', 'Node "s1": "set" must be an object, not a list']],
  },
  {
    name: 'null as the fields to set',
    mutate: (d) => (d.nodes[3].effects[0].set = null),
    errors: [['/nodes/3/effects/0/set', 'Node "s1": "set" must be an object, not null']],
  },
  {
    name: 'an update without fields to set',
    mutate: (d) => delete d.nodes[3].effects[0].set,
    errors: [['/nodes/3/effects/0/set', 'Node "s1": "set" is required']],
  },
  {
    name: 'values that are not JSON, each at its own key',
    mutate: (d) => (d.nodes[3].effects[0].set = { balance: 1, a: undefined, b: () => 1 }),
    errors: [
      [
        '/nodes/3/effects/0/set/a',
        'Node "s1": Must be a JSON value (text, number, true/false, null, list or object)',
      ],
      [
        '/nodes/3/effects/0/set/b',
        'Node "s1": Must be a JSON value (text, number, true/false, null, list or object)',
      ],
    ],
  },
  {
    name: 'a number as the match',
    mutate: (d) => (d.nodes[3].effects[0].match = 5),
    errors: [['/nodes/3/effects/0/match', 'Node "s1": "match" must be an object, not a whole number']],
  },
  {
    name: 'a match on a value that is not JSON',
    mutate: (d) => (d.nodes[3].effects[0].match = { id: Number.POSITIVE_INFINITY }),
    errors: [
      [
        '/nodes/3/effects/0/match/id',
        'Node "s1": Must be a JSON value (text, number, true/false, null, list or object)',
      ],
    ],
  },
  {
    name: 'inserted records that are not objects',
    mutate: (d) => (d.nodes[1].effects[0].records = [5, 'x']),
    errors: [
      ['/nodes/1/effects/0/records/0', 'Node "s0": "records" must be an object, not a whole number'],
      ['/nodes/1/effects/0/records/1', 'Node "s0": "records" must be an object, not text'],
    ],
  },
  {
    name: 'a value deep in an inserted record',
    mutate: (d) => (d.nodes[1].effects[0].records = [{ id: 'a', amount: [1, { z: Number.NaN }] }]),
    errors: [
      [
        '/nodes/1/effects/0/records/0/amount',
        'Node "s0": Must be a JSON value (text, number, true/false, null, list or object)',
      ],
    ],
  },
  {
    name: 'dataset rows',
    mutate: (d) => (d.dataset = { accounts: [null, { id: 'x', balance: Symbol('s') }] }),
    errors: [
      ['/dataset/accounts/0', '"accounts" must be an object, not null'],
      [
        '/dataset/accounts/1/balance',
        'Must be a JSON value (text, number, true/false, null, list or object)',
      ],
    ],
  },
];

describe('record fields', () => {
  const base = JSON.stringify(generateSaga(3));
  for (const { name, mutate, errors } of CASES) {
    it(`refuses ${name}, at the field's pointer`, () => {
      const doc: Raw = JSON.parse(base);
      mutate(doc);
      const result = parsePlaybook(doc);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((error) => [error.path, error.message])).toEqual(errors);
    });
  }

  it('keeps a valid record as it is, field for field', () => {
    const doc: Raw = JSON.parse(base);
    doc.nodes[1].effects[0].records = [{ id: 'l9', account: 'a0', amount: 3, note: { tags: ['x', null] } }];
    doc.dataModel.entities[1].fields.push({ name: 'note', type: 'json' });
    const result = parsePlaybook(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const effect =
      result.playbook.nodes[1]!.kind === 'step' ? result.playbook.nodes[1]!.effects[0] : undefined;
    expect(effect).toEqual({
      op: 'insert',
      entity: 'ledger',
      records: [{ id: 'l9', account: 'a0', amount: 3, note: { tags: ['x', null] } }],
    });
  });
});
