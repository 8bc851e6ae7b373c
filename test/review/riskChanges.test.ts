import { describe, expect, it } from 'vitest';
import { diffPlaybooks } from '../../src/review/diff/diffPlaybooks';
import { RISK_KINDS } from '../../src/review/diff/types';
import { type EditableDocument, edgeIn, edited, example, nodeIn } from './examples';

const ORDERS = 'order-fulfilment-rollback';

function risksAfter(
  edit: (document: EditableDocument) => void,
  name: Parameters<typeof example>[0] = ORDERS,
) {
  return diffPlaybooks(example(name), edited(name, edit)).risks;
}

const without = (document: EditableDocument, nodeIds: string[], edgeIds: string[] = []) => {
  document.nodes = document.nodes.filter((node) => !nodeIds.includes(node.id));
  document.edges = document.edges.filter(
    (edge) =>
      !edgeIds.includes(edge.id) &&
      !nodeIds.includes(edge.target as string) &&
      !nodeIds.includes(edge.source as string),
  );
};

describe('risk-relevant changes', () => {
  it('a compensation removed from a step that stays is called out with why it matters', () => {
    const risks = risksAfter((d) => without(d, ['c1']));
    expect(risks).toEqual([
      {
        kind: 'compensation-removed',
        target: 's1',
        related: ['c1'],
        message:
          'Step "Reserve stock" (s1) no longer has a compensation (was "Release stock" (c1)): a rollback will skip it and leave its changes in place.',
      },
    ]);
  });

  it('a compensation moved to another step leaves its old step without one', () => {
    const risks = risksAfter((d) => {
      edgeIn(d, 'e8').source = 's4';
    });
    expect(risks.map((r) => [r.kind, r.target])).toEqual([['compensation-removed', 's1']]);
  });

  it('a compensation whose behaviour changed is called out with the fields; a relabelled one is not', () => {
    const changed = risksAfter((d) => {
      Object.assign(nodeIn(d, 'c2'), { idempotent: false, retry: { maxAttempts: 2 } });
    });
    expect(changed.map((r) => [r.kind, r.target])).toEqual([['compensation-changed', 's2']]);
    expect(changed[0]!.message).toContain('changed (retry/maxAttempts, idempotent)');
    expect(
      risksAfter((d) => {
        nodeIn(d, 'c2').label = 'Cancel carrier bookings';
      }),
    ).toEqual([]);
  });

  it('a step removed together with its compensation is not a compensation risk', () => {
    const risks = risksAfter((d) => {
      without(d, ['s3', 'c3']);
      d.scenarios = (d.scenarios as Array<{ id: string }>).filter((scenario) => scenario.id !== 'undo-fails');
      d.edges.push({ id: 'e99', source: 's2', target: 'a1', kind: 'next' });
    });
    expect(risks.filter((r) => r.kind.startsWith('compensation'))).toEqual([]);
  });

  it('a checkpoint removed or narrowed is called out', () => {
    const withCheckpoint = edited('minimal-saga', (d) => {
      d.nodes.push({ id: 'cp1', kind: 'checkpoint', label: 'Snapshot accounts' });
      edgeIn(d, 'n1').target = 'cp1';
      d.edges.push({ id: 'n0', source: 'cp1', target: 'debit', kind: 'next' });
    });
    const removed = diffPlaybooks(withCheckpoint, example('minimal-saga')).risks;
    expect(removed).toEqual([
      {
        kind: 'checkpoint-removed',
        target: 'cp1',
        related: [],
        message:
          'Checkpoint "Snapshot accounts" (cp1) was removed: there is no snapshot to restore the data from at that point.',
      },
    ]);
    const narrowed = risksAfter((d) => {
      nodeIn(d, 'cp1').entities = ['orders'];
    });
    expect(narrowed).toMatchObject([{ kind: 'checkpoint-narrowed', target: 'cp1' }]);
    expect(narrowed[0]!.message).toContain('no longer snapshots inventory, shipments');
  });

  it('an approval node removed is called out as removed', () => {
    const risks = risksAfter((d) => {
      without(d, ['a1']);
      d.scenarios = (d.scenarios as Array<{ id: string }>).filter(
        (scenario) => scenario.id !== 'email-rejected',
      );
      d.edges.push({ id: 'e99', source: 's3', target: 's4', kind: 'next' });
    });
    expect(risks.map((r) => [r.kind, r.target])).toEqual([['approval-removed', 'a1']]);
  });

  it('an edge retargeted around an approval is an approval bypassed, naming what is now reachable', () => {
    const risks = risksAfter((d) => {
      edgeIn(d, 'e5').target = 's4';
    });
    expect(risks).toEqual([
      {
        kind: 'approval-bypassed',
        target: 'a1',
        related: ['s4', 'end-ok'],
        message:
          'Approval "Support lead approves customer email" (a1) can now be skipped: "Email customers" (s4), "Batch fulfilled" (end-ok) can be reached without passing it.',
      },
    ]);
  });

  it('a new trigger that reaches a guarded step directly is an approval bypassed', () => {
    const risks = risksAfter((d) => {
      d.nodes.push({ id: 't2', kind: 'trigger', label: 'Manual resend', signal: 'manual' });
      d.edges.push({ id: 'e99', source: 't2', target: 's4', kind: 'next' });
    });
    expect(risks.map((r) => [r.kind, r.target, r.related])).toEqual([
      ['approval-bypassed', 'a1', ['s4', 'end-ok']],
    ]);
  });

  it('a step inserted before an approval, which every path still passes, is no bypass', () => {
    const risks = risksAfter((d) => {
      d.nodes.push({
        id: 'n9',
        kind: 'notify',
        label: 'Heads-up',
        channel: 'slack',
        audience: '#ops',
        message: 'Hi',
      });
      edgeIn(d, 'e5').target = 'n9';
      d.edges.push({ id: 'e99', source: 'n9', target: 'a1', kind: 'next' });
    });
    expect(risks).toEqual([]);
  });

  it('an irreversible step added, or a step newly marked irreversible, is called out', () => {
    const risks = risksAfter((d) => {
      nodeIn(d, 's3').irreversible = { reason: 'The warehouse ships at once.' };
      delete nodeIn(d, 's3').position;
    });
    expect(risks).toMatchObject([{ kind: 'irreversible-added', target: 's3' }]);
    expect(risks[0]!.message).toBe(
      'Step "Mark orders shipped" (s3) is now irreversible ("The warehouse ships at once."): no rollback can undo it.',
    );
    const added = risksAfter((d) => {
      d.nodes.push({
        id: 's9',
        kind: 'step',
        label: 'Wire money',
        irreversible: { reason: 'Bank transfer' },
      });
      edgeIn(d, 'n3').target = 's9';
      d.edges.push({ id: 'n9', source: 's9', target: 'done', kind: 'next' });
    }, 'minimal-saga');
    expect(added.map((r) => [r.kind, r.target])).toEqual([['irreversible-added', 's9']]);
  });

  it('the RTO grown or removed is called out; a shorter RTO is not', () => {
    const rto = (value: string | undefined) => (d: EditableDocument) => {
      (d.objectives as Record<string, unknown>).rto = value;
    };
    expect(risksAfter(rto('PT1H'))).toEqual([
      {
        kind: 'rto-grown',
        target: null,
        related: [],
        message: 'The RTO objective grew from PT15M to PT1H: a slower recovery now passes.',
      },
    ]);
    expect(risksAfter(rto(undefined)).map((r) => r.kind)).toEqual(['rto-grown']);
    expect(risksAfter(rto('PT10M'))).toEqual([]);
    expect(risksAfter(rto('PT900S'))).toEqual([]);
  });

  it('a failure edge removed is called out with what a failure then does; a retargeted one is not', () => {
    const risks = risksAfter((d) => without(d, [], ['e12', 'e14']));
    expect(risks.map((r) => r.message)).toEqual([
      '"Book shipments with carrier" (s2) lost its failure edge (to "Undo completed steps" (rb1)): a failure there now triggers the implicit rollback and ends the run.',
      '"Support lead approves customer email" (a1) lost its failure edge (to "Undo completed steps" (rb1)): a failure there now ends the run as failed.',
    ]);
    expect(
      risksAfter((d) => {
        edgeIn(d, 'e12').target = 'r1';
      }),
    ).toEqual([]);
  });

  it('retry reduced on a step or a compensation is called out; retry raised is not', () => {
    const risks = risksAfter((d) => {
      nodeIn(d, 's2').retry = { maxAttempts: 1 };
    });
    expect(risks).toMatchObject([{ kind: 'retry-reduced', target: 's2' }]);
    expect(risks[0]!.message).toBe(
      '"Book shipments with carrier" (s2) now makes at most 1 attempt instead of 3: a transient fault now fails it sooner.',
    );
    expect(
      risksAfter((d) => {
        nodeIn(d, 's1').retry = { maxAttempts: 4 };
      }),
    ).toEqual([]);
  });

  it('lists risks grouped in a fixed order of kinds, before everything else', () => {
    const diff = diffPlaybooks(
      example(ORDERS),
      edited(ORDERS, (d) => {
        nodeIn(d, 's2').retry = { maxAttempts: 1 };
        (d.objectives as Record<string, unknown>).rto = 'PT1H';
        without(d, ['c1']);
      }),
    );
    expect(diff.risks.map((r) => r.kind)).toEqual(['compensation-removed', 'rto-grown', 'retry-reduced']);
    const ranks = diff.risks.map((r) => RISK_KINDS.indexOf(r.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('moving every node raises no risk', () => {
    expect(
      risksAfter((d) => {
        for (const [index, node] of d.nodes.entries()) node.position = { x: index, y: index };
      }),
    ).toEqual([]);
  });
});
