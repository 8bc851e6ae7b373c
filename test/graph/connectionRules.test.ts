import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { checkConnection, type ProposedLink } from '../../src/graph/connectionRules';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';

const result = parsePlaybook(order);
if (!result.ok) throw new Error('example invalid');
const playbook: Playbook = result.playbook;
const withDecision: Playbook = {
  ...playbook,
  nodes: [...playbook.nodes, { id: 'd1', kind: 'decision', label: 'Stock left?', condition: 'true' }],
};

/** Data table (bpmnlint style): each link with the verdict and, when refused, part of the reason. */
const cases: { name: string; doc?: Playbook; link: ProposedLink; refused?: RegExp }[] = [
  {
    name: 'a next link from a node without one is allowed',
    link: { source: 'end-ok', target: 's1', kind: 'next' },
    refused: /end node/,
  },
  {
    name: 'nothing leaves an end node',
    link: { source: 'end-rb', target: 'n2', kind: 'next' },
    refused: /end node/,
  },
  {
    name: 'a node does not link to itself',
    link: { source: 's1', target: 's1', kind: 'failure' },
    refused: /itself/,
  },
  {
    name: 'a step has at most one next link',
    link: { source: 's1', target: 's3', kind: 'next' },
    refused: /already has a next/,
  },
  {
    name: 'a compensation has no next link',
    link: { source: 'c1', target: 'k1', kind: 'next' },
    refused: /compensation has no next/,
  },
  {
    name: 'compensate goes from a step to a compensation',
    link: { source: 'a1', target: 'c1', kind: 'compensate' },
    refused: /Only a step/,
  },
  {
    name: 'compensate targets a compensation',
    link: { source: 's4', target: 'k1', kind: 'compensate' },
    refused: /compensation node/,
  },
  {
    name: 'a step has at most one compensation',
    link: { source: 's1', target: 'c2', kind: 'compensate' },
    refused: /already has a compensation/,
  },
  {
    name: 'a compensation undoes exactly one step',
    link: { source: 's4', target: 'c1', kind: 'compensate' },
    refused: /already undoes/,
  },
  {
    name: 'a notify cannot fail',
    link: { source: 'n2', target: 'f1', kind: 'failure' },
    refused: /cannot fail/,
  },
  {
    name: 'a node has one failure path',
    link: { source: 's1', target: 'f1', kind: 'failure' },
    refused: /already has a failure/,
  },
  {
    name: 'only a decision branches',
    link: { source: 's1', target: 'f1', kind: 'branch', when: true },
    refused: /Only a decision/,
  },
  {
    name: 'a decision has no next link',
    doc: withDecision,
    link: { source: 'd1', target: 's1', kind: 'next' },
    refused: /branches/,
  },
  {
    name: 'a decision branches yes',
    doc: withDecision,
    link: { source: 'd1', target: 's1', kind: 'branch', when: true },
  },
  { name: 'a compensation may fail to somewhere', link: { source: 'c1', target: 'f1', kind: 'failure' } },
  {
    name: 'a step without a compensation may get one',
    doc: { ...playbook, edges: playbook.edges.filter((e) => e.id !== 'e8') },
    link: { source: 's1', target: 'c1', kind: 'compensate' },
  },
  {
    name: 'the same link is not drawn twice',
    link: { source: 't1', target: 'cp1', kind: 'next' },
    refused: /already/,
  },
];

describe('connection rules (spec section 4)', () => {
  for (const { name, doc, link, refused } of cases) {
    it(name, () => {
      const verdict = checkConnection(doc ?? playbook, link);
      if (refused) {
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) expect(verdict.reason).toMatch(refused);
      } else {
        expect(verdict).toEqual({ ok: true });
      }
    });
  }

  it('every link the rules allow keeps the playbook valid', () => {
    const candidates = playbook.nodes.flatMap((s) =>
      playbook.nodes.flatMap((t) =>
        (['next', 'failure', 'compensate'] as const).map((kind) => ({ source: s.id, target: t.id, kind })),
      ),
    );
    for (const link of candidates) {
      if (!checkConnection(playbook, link).ok) continue;
      const next = { ...playbook, edges: [...playbook.edges, { id: 'new-edge', ...link }] };
      expect(parsePlaybook(next).ok, `${link.kind} ${link.source}→${link.target}`).toBe(true);
    }
  });
});
