import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rtoBudget } from '../../src/analysis';
import { worstAttemptsMs } from '../../src/analysis/rtoTimes';
import { parsePlaybookJson } from '../../src/domain/parse';
import type { NodeOf } from '../../src/domain/types';
import {
  approval,
  build,
  compensation,
  decision,
  replaceNode,
  rollback,
  safeSagaDraft,
  step,
  withExtra,
  withNodes,
  withoutEdge,
} from './fixtures';

const example = (name: string) => {
  const parsed = parsePlaybookJson(readFileSync(`src/templates/examples/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.playbook;
};

/**
 * Hand-computed from the files (spec section 5):
 * - order: a step fails → rb1 runs c1 2 s + c2 3 s + c3 1 s = 6 s → check k1 fails → restore r1
 *   1 min → k2 → n3 → end: 66 s, against an RTO of 15 min.
 * - crm: a step fails → rb1 runs c1 5 s + c2 10 s + c3 2 s = 17 s → k2 fails → r1 2 min → k3 →
 *   n2 → end: 137 s, against 10 min.
 * - minimal saga: a step without a failure edge fails → implicit rollback of both
 *   compensations, 1 s each: 2 s, against 1 min.
 */
const EXAMPLES = [
  {
    name: 'order-fulfilment-rollback',
    worstCaseMs: 6_000 + 60_000,
    failingNode: 's1',
    path: ['s1', 'rb1', 'c1', 'c2', 'c3', 'k1', 'r1', 'k2', 'n3', 'end-restored'],
    rtoMs: 900_000,
  },
  {
    name: 'crm-merge-duplicates',
    worstCaseMs: 17_000 + 120_000,
    failingNode: 's1',
    path: ['s1', 'rb1', 'c1', 'c2', 'c3', 'k2', 'r1', 'k3', 'n2', 'end-restored'],
    rtoMs: 600_000,
  },
  {
    name: 'minimal-saga',
    worstCaseMs: 1_000 + 1_000,
    failingNode: 'debit',
    path: ['debit', 'undo-debit', 'undo-credit'],
    rtoMs: 60_000,
  },
];

describe('rtoBudget on the shipped examples (hand-computed)', () => {
  it.each(EXAMPLES)('$name: worst case $worstCaseMs ms after $failingNode fails', (row) => {
    const budget = rtoBudget(example(row.name));
    expect(budget).toMatchObject({
      worstCaseMs: row.worstCaseMs,
      bounded: true,
      failingNode: row.failingNode,
      path: row.path,
      rtoMs: row.rtoMs,
      withinRto: true,
    });
    expect(budget.breakdown.reduce((total, entry) => total + entry.ms, 0)).toBe(row.worstCaseMs);
  });
});

describe('worst-case attempts of a step (spec section 5, item 3)', () => {
  const node = (fields: Record<string, unknown>) =>
    build({ nodes: [step('s', fields)], edges: [] }).nodes[0] as NodeOf<'step'>;

  it.each([
    { name: 'one attempt takes its duration', fields: { duration: 'PT2S' }, ms: 2_000 },
    {
      name: 'a timeout longer than the duration bounds each attempt',
      fields: { duration: 'PT5S', timeout: 'PT30S' },
      ms: 30_000,
    },
    {
      name: 'retries add backoff × multiplier^(k-1) after failed attempt k',
      fields: {
        duration: 'PT5S',
        timeout: 'PT30S',
        retry: { maxAttempts: 3, backoff: 'PT30S', multiplier: 2 },
      },
      ms: 3 * 30_000 + 30_000 + 60_000,
    },
    {
      name: 'a fractional multiplier rounds each wait up',
      fields: { duration: 'PT0S', retry: { maxAttempts: 3, backoff: 'PT0.001S', multiplier: 1.5 } },
      ms: 1 + 2,
    },
  ])('$name', ({ fields, ms }) => {
    expect(worstAttemptsMs(node(fields))).toBe(ms);
  });
});

describe('rtoBudget', () => {
  const saga = safeSagaDraft();

  it('is computed once per document: a new document (an edit) gets its own budget', () => {
    const slow = build(replaceNode(saga, 'cs', { duration: 'PT2S' }));
    const first = rtoBudget(slow);
    expect(rtoBudget(slow)).toBe(first);
    const edited = build(replaceNode(saga, 'cs', { duration: 'PT4S' }));
    expect(rtoBudget(edited).worstCaseMs).toBe(first.worstCaseMs + 2_000);
  });

  it('counts a compensation with its own worst-case retries', () => {
    const playbook = build(
      replaceNode(saga, 'cs', { duration: 'PT2S', retry: { maxAttempts: 2, backoff: 'PT10S' } }),
    );
    expect(rtoBudget(playbook).worstCaseMs).toBe(2 * 2_000 + 10_000);
  });

  it('counts an approval on the recovery path at the longer of its wait and its timeout', () => {
    const playbook = build(
      withNodes(
        withoutEdge(saga, 'next', 'rb', 'k'),
        [approval('a', { simulatedWait: 'PT1M', timeout: 'PT5M' })],
        [
          ['next', 'rb', 'a'],
          ['next', 'a', 'k'],
          ['failure', 'a', 'nf'],
        ],
      ),
    );
    expect(rtoBudget(playbook)).toMatchObject({
      worstCaseMs: 1_000 + 300_000,
      path: ['s', 'rb', 'cs', 'a', 'k', 'n', 'rolled'],
    });
  });

  it('runs only the compensations in a rollback scope', () => {
    const playbook = build(
      withNodes(
        replaceNode(withoutEdge(saga, 'next', 's', 'done'), 'rb', { scope: ['s2'] }),
        [step('s2'), compensation('cs2', { duration: 'PT7S' })],
        [
          ['next', 's', 's2'],
          ['next', 's2', 'done'],
          ['failure', 's2', 'rb'],
          ['compensate', 's2', 'cs2'],
        ],
      ),
    );
    expect(rtoBudget(playbook)).toMatchObject({
      worstCaseMs: 7_000,
      path: ['s', 'rb', 'cs2', 'k', 'n', 'rolled'],
    });
  });

  it('follows a compensation failure edge from a rollback to what it leads to', () => {
    const playbook = build(
      withNodes(
        saga,
        [step('fix', { effects: [], duration: 'PT20S' })],
        [
          ['failure', 'cs', 'fix'],
          ['next', 'fix', 'nf'],
          ['failure', 'fix', 'nf'],
        ],
      ),
    );
    expect(rtoBudget(playbook)).toMatchObject({ worstCaseMs: 1_000 + 20_000 });
  });

  it('is zero when nothing can fail', () => {
    expect(
      rtoBudget(
        build({
          nodes: [
            { id: 't', kind: 'trigger', label: 'T', signal: 'manual' },
            { id: 'e', kind: 'end', label: 'E', outcome: 'completed' },
          ],
          edges: [['next', 't', 'e']],
        }),
      ),
    ).toMatchObject({
      worstCaseMs: 0,
      failingNode: null,
      path: [],
      withinRto: true,
    });
  });

  it('stays bounded through a loop of nodes that take no time', () => {
    const playbook = build(
      withNodes(
        withoutEdge(saga, 'next', 'k', 'n'),
        [decision('d')],
        [
          ['next', 'k', 'd'],
          ['branch', 'd', 'k', true],
          ['branch', 'd', 'n', false],
        ],
      ),
    );
    expect(rtoBudget(playbook)).toMatchObject({
      worstCaseMs: 1_000,
      bounded: true,
      path: ['s', 'rb', 'cs', 'k', 'd', 'n', 'rolled'],
    });
  });

  it('is unbounded when a recovery path can loop through a node that takes time', () => {
    const playbook = build(
      withNodes(
        saga,
        [rollback('again')],
        [
          ['failure', 'k', 'again'],
          ['next', 'again', 'k'],
          ['failure', 'again', 'nf'],
        ],
      ),
    );
    expect(rtoBudget(playbook)).toMatchObject({
      worstCaseMs: Number.POSITIVE_INFINITY,
      bounded: false,
      withinRto: false,
    });
  });

  it('says null for the comparison when the playbook has no RTO', () => {
    expect(rtoBudget(build(withExtra(saga, { objectives: {} })))).toMatchObject({
      rtoMs: null,
      withinRto: null,
    });
  });
});
