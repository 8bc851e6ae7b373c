import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import { rawExample } from '../fixtures/examples';

// biome-ignore lint/suspicious/noExplicitAny: the table edits raw JSON documents freely.
type Raw = any;

interface Case {
  name: string;
  mutate: (doc: Raw) => void;
  path: string;
  message?: RegExp;
}

/** One document per rule of spec sections 1–4 and 7, each a small edit of a valid example. */
const CASES: Case[] = [
  // Required fields.
  { name: 'missing format', mutate: (d) => delete d.format, path: '/format' },
  { name: 'missing id', mutate: (d) => delete d.id, path: '/id', message: /required/ },
  { name: 'missing name', mutate: (d) => delete d.name, path: '/name' },
  { name: 'missing nodes', mutate: (d) => delete d.nodes, path: '/nodes' },
  { name: 'missing edges', mutate: (d) => delete d.edges, path: '/edges' },
  {
    name: 'node without label',
    mutate: (d) => delete d.nodes[1].label,
    path: '/nodes/1/label',
    message: /debit/,
  },
  { name: 'trigger without signal', mutate: (d) => delete d.nodes[0].signal, path: '/nodes/0/signal' },
  { name: 'end without outcome', mutate: (d) => delete d.nodes[5].outcome, path: '/nodes/5/outcome' },
  // Wrong constants, types and enum values.
  { name: 'wrong format constant', mutate: (d) => (d.format = 'bpmn'), path: '/format' },
  {
    name: 'wrong node kind',
    mutate: (d) => (d.nodes[1].kind = 'task'),
    path: '/nodes/1/kind',
    message: /not a known kind/,
  },
  {
    name: 'wrong edge kind',
    mutate: (d) => (d.edges[0].kind = 'then'),
    path: '/edges/0/kind',
    message: /one of/,
  },
  { name: 'wrong signal', mutate: (d) => (d.nodes[0].signal = 'cron'), path: '/nodes/0/signal' },
  { name: 'wrong end outcome', mutate: (d) => (d.nodes[5].outcome = 'done'), path: '/nodes/5/outcome' },
  {
    name: 'wrong effect op',
    mutate: (d) => (d.nodes[1].effects[0].op = 'upsert'),
    path: '/nodes/1/effects/0/op',
  },
  {
    name: 'wrong compensation strategy',
    mutate: (d) => (d.nodes[2].strategy = 'undo'),
    path: '/nodes/2/strategy',
  },
  {
    name: 'wrong field type',
    mutate: (d) => (d.dataModel.entities[0].fields[1].type = 'float'),
    path: '/dataModel/entities/0/fields/1/type',
  },
  {
    name: 'label too long',
    mutate: (d) => (d.nodes[1].label = 'x'.repeat(121)),
    path: '/nodes/1/label',
    message: /120/,
  },
  { name: 'revision zero', mutate: (d) => (d.revision = 0), path: '/revision' },
  {
    name: 'retry attempts as text',
    mutate: (d) => (d.nodes[1].retry = { maxAttempts: 'three' }),
    path: '/nodes/1/retry/maxAttempts',
    message: /whole number|number/,
  },
  {
    name: 'notify tier 4',
    mutate: (d) =>
      d.nodes.push({
        id: 'n9',
        kind: 'notify',
        label: 'x',
        channel: 'slack',
        audience: '#ops',
        tier: 4,
        message: 'hi',
      }),
    path: '/nodes/6/tier',
  },
  {
    name: 'bad id pattern',
    mutate: (d) => (d.nodes[1].id = '1debit'),
    path: '/nodes/1/id',
    message: /letter/,
  },
  // Durations.
  {
    name: 'bad duration',
    mutate: (d) => (d.nodes[1].duration = '5 seconds'),
    path: '/nodes/1/duration',
    message: /not a duration/,
  },
  { name: 'duration in months', mutate: (d) => (d.objectives.rto = 'P1M'), path: '/objectives/rto' },
  { name: 'duration in weeks', mutate: (d) => (d.nodes[1].timeout = 'P1W'), path: '/nodes/1/timeout' },
  // Unknown keys.
  { name: 'unknown top-level key', mutate: (d) => (d.owner = 'dana'), path: '/owner', message: /x-/ },
  {
    name: 'unknown node field (typo)',
    mutate: (d) => (d.nodes[1].duraton = 'PT1S'),
    path: '/nodes/1/duraton',
    message: /Unknown field/,
  },
  { name: 'unknown edge field', mutate: (d) => (d.edges[0].type = 'next'), path: '/edges/0/type' },
  // Ids.
  {
    name: 'duplicate node ids',
    mutate: (d) => (d.nodes[3].id = 'debit'),
    path: '/nodes/3/id',
    message: /unique/,
  },
  { name: 'edge id reuses a node id', mutate: (d) => (d.edges[0].id = 'debit'), path: '/edges/0/id' },
  { name: 'duplicate scenario ids', mutate: (d) => (d.scenarios[1].id = 'ok'), path: '/scenarios/1/id' },
  {
    name: 'duplicate role ids',
    mutate: (d) =>
      (d.roles = [
        { id: 'r', name: 'A' },
        { id: 'r', name: 'B' },
      ]),
    path: '/roles/1/id',
  },
  // Edges.
  {
    name: 'dangling edge target',
    mutate: (d) => (d.edges[0].target = 'rb2'),
    path: '/edges/0/target',
    message: /Edge "n1" points to node "rb2", which does not exist/,
  },
  { name: 'dangling edge source', mutate: (d) => (d.edges[0].source = 'nowhere'), path: '/edges/0/source' },
  {
    name: 'compensate edge between wrong kinds',
    mutate: (d) => d.edges.push({ id: 'k9', source: 'start', target: 'undo-debit', kind: 'compensate' }),
    path: '/edges/5',
    message: /only a step is undone by a compensation, not a trigger/,
  },
  {
    name: 'an edge into a trigger',
    mutate: (d) => d.edges.push({ id: 'back', source: 'debit', target: 'start', kind: 'failure' }),
    path: '/edges/5',
    message: /a trigger is where a run starts: nothing links into it/,
  },
  {
    name: 'two compensations for one step',
    mutate: (d) => (d.edges[4].source = 'debit'),
    path: '/edges/4',
    message: /at most one/,
  },
  {
    name: 'compensation without a step',
    mutate: (d) => d.edges.splice(4, 1),
    path: '/nodes/4',
    message: /not attached/,
  },
  {
    name: 'two next edges from a step',
    mutate: (d) => d.edges.push({ id: 'n9', source: 'debit', target: 'done', kind: 'next' }),
    path: '/edges/5',
    message: /only one/,
  },
  {
    name: 'two failure edges from a step',
    mutate: (d) =>
      d.edges.push(
        { id: 'f1', source: 'debit', target: 'done', kind: 'failure' },
        { id: 'f2', source: 'debit', target: 'done', kind: 'failure' },
      ),
    path: '/edges/6',
  },
  {
    name: 'failure edge from a trigger',
    mutate: (d) => d.edges.push({ id: 'f1', source: 'start', target: 'done', kind: 'failure' }),
    path: '/edges/5',
    message: /cannot fail/,
  },
  {
    name: 'branch edge from a step',
    mutate: (d) => d.edges.push({ id: 'b1', source: 'debit', target: 'done', kind: 'branch', when: true }),
    path: '/edges/5',
    message: /decision/,
  },
  {
    name: 'edge out of an end node',
    mutate: (d) => d.edges.push({ id: 'x1', source: 'done', target: 'start', kind: 'next' }),
    path: '/edges/5',
    message: /end node/,
  },
  {
    name: 'next edge from a compensation',
    mutate: (d) => d.edges.push({ id: 'x1', source: 'undo-debit', target: 'done', kind: 'next' }),
    path: '/edges/5',
  },
  { name: 'when on a next edge', mutate: (d) => (d.edges[0].when = true), path: '/edges/0/when' },
  // Data model and dataset.
  {
    name: 'effect on an unknown entity',
    mutate: (d) => (d.nodes[1].effects[0].entity = 'wallets'),
    path: '/nodes/1/effects/0/entity',
    message: /does not exist/,
  },
  {
    name: 'effect sets an unknown field',
    mutate: (d) => (d.nodes[1].effects[0].set = { balanse: 1 }),
    path: '/nodes/1/effects/0/set/balanse',
  },
  {
    name: 'effect matches an unknown field',
    mutate: (d) => (d.nodes[1].effects[0].match = { name: 'alice' }),
    path: '/nodes/1/effects/0/match/name',
  },
  {
    name: 'dataset entity not in the model',
    mutate: (d) => (d.dataset.wallets = []),
    path: '/dataset/wallets',
  },
  {
    name: 'dataset record with unknown field',
    mutate: (d) => (d.dataset.accounts[0].nickname = 'al'),
    path: '/dataset/accounts/0/nickname',
  },
  {
    name: 'entity key not a field',
    mutate: (d) => (d.dataModel.entities[0].key = 'uuid'),
    path: '/dataModel/entities/0/key',
  },
  {
    name: 'reference to unknown entity',
    mutate: (d) => (d.dataModel.entities[0].references = [{ field: 'id', entity: 'banks' }]),
    path: '/dataModel/entities/0/references/0/entity',
  },
  // Roles and checkpoints.
  {
    name: 'owner role does not exist',
    mutate: (d) => (d.nodes[1].owner = 'ghost'),
    path: '/nodes/1/owner',
    message: /not a role/,
  },
  {
    name: 'approver role does not exist',
    mutate: (d) => (d.governance = { approverRoles: ['ghost'] }),
    path: '/governance/approverRoles/0',
  },
  {
    name: 'restore of a non-checkpoint',
    mutate: (d) => d.nodes.push({ id: 'r1', kind: 'restore', label: 'Restore', checkpoint: 'debit' }),
    path: '/nodes/6/checkpoint',
  },
  {
    name: 'check without invariants',
    mutate: (d) => d.nodes.push({ id: 'k1', kind: 'check', label: 'Check', invariants: [] }),
    path: '/nodes/6/invariants',
  },
  // Expressions and templates.
  {
    name: 'CEL syntax error',
    mutate: (d) => (d.nodes[1].effects[0].where = 'r.balance >'),
    path: '/nodes/1/effects/0/where',
    message: /does not parse at character/,
  },
  {
    name: 'CEL syntax error in a decision',
    mutate: (d) => d.nodes.push({ id: 'd1', kind: 'decision', label: 'D', condition: 'size(data.accounts' }),
    path: '/nodes/6/condition',
  },
  {
    name: 'unknown template name',
    mutate: (d) =>
      d.nodes.push({
        id: 'n9',
        kind: 'notify',
        label: 'N',
        channel: 'email',
        audience: 'ops',
        message: 'Run {{run.id}} failed',
      }),
    path: '/nodes/6/message',
    message: /run\.id/,
  },
  {
    name: 'unknown template name in a set value',
    mutate: (d) => (d.nodes[1].effects[0].set = { balance: '{{today}}' }),
    path: '/nodes/1/effects/0/set/balance',
  },
  // Scenarios.
  {
    name: 'fault on an unknown node',
    mutate: (d) => (d.scenarios[1].faults[0].node = 'ghost'),
    path: '/scenarios/1/faults/0/node',
  },
  {
    name: 'unknown fault type',
    mutate: (d) => (d.scenarios[1].faults[0].type = 'crash'),
    path: '/scenarios/1/faults/0/type',
  },
  {
    name: 'expected end node is not an end',
    mutate: (d) => (d.scenarios[0].expect.endNode = 'debit'),
    path: '/scenarios/0/expect/endNode',
  },
  {
    name: 'expected outcome unknown',
    mutate: (d) => (d.scenarios[0].expect.outcome = 'ok'),
    path: '/scenarios/0/expect/outcome',
  },
  // Versions and hostile keys.
  {
    name: 'newer schema version',
    mutate: (d) => (d.schemaVersion = 999),
    path: '/schemaVersion',
    message: /newer/,
  },
  {
    name: '__proto__ key',
    mutate: (d) =>
      Object.defineProperty(d.nodes[1], '__proto__', { value: { polluted: true }, enumerable: true }),
    path: '/nodes/1/__proto__',
  },
  {
    name: 'constructor key',
    mutate: (d) => (d.metadata = { constructor: { prototype: {} } }),
    path: '/metadata/constructor',
  },
  {
    name: 'prototype key in a record',
    mutate: (d) => (d.dataset.accounts[0].prototype = 1),
    path: '/dataset/accounts/0/prototype',
  },
];

describe('invalid documents are rejected with a JSON Pointer to the problem', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('$name → $path', ({ mutate, path, message }) => {
    const doc = rawExample('minimal-saga');
    mutate(doc);
    const result = parsePlaybook(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hit = result.errors.find((error) => error.path === path);
    expect(hit, `errors were: ${JSON.stringify(result.errors, null, 1)}`).toBeDefined();
    if (message) expect(hit?.message).toMatch(message);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
