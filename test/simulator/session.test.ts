import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybookJson } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { drill, simulate, startRun } from '../../src/simulator';

function example(name: string): Playbook {
  const parsed = parsePlaybookJson(readFileSync(`src/templates/examples/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.playbook;
}

describe('step-by-step sessions', () => {
  it('a session yields the same events and result as the batch run', () => {
    const pb = example('order-fulfilment-rollback');
    const started = startRun(pb, { scenario: 'undo-fails' });
    if (!started.ok) throw new Error(started.error.message);
    const stepped = [];
    for (let event = started.session.step(); event; event = started.session.step()) stepped.push(event);
    const batch = simulate(pb, { scenario: 'undo-fails' });
    if (!batch.ok) throw new Error(batch.error.message);
    expect(stepped).toEqual(batch.result.events);
    expect(JSON.stringify(started.session.result())).toBe(JSON.stringify(batch.result));
  });

  it('dataAt and positionAt read the data and the node at any event', () => {
    const pb = example('order-fulfilment-rollback');
    const started = startRun(pb, { scenario: 'email-rejected' });
    if (!started.ok) throw new Error(started.error.message);
    const { session } = started;
    const result = session.runToEnd();
    const booked = result.events.find((event) => event.type === 'effect' && event.entity === 'shipments')!;
    expect(session.dataAt(booked.seq).shipments!.map((record) => record.id)).toEqual(['sh-1', 'sh-2']);
    expect(session.positionAt(booked.seq)).toMatchObject({ node: 's2', atMs: 7000 });
    expect(session.dataAt(-1)).toEqual(pb.dataset);
    expect(session.state().done).toBe(true);
    expect(session.state().data.shipments).toEqual([]);
  });
});

describe('determinism', () => {
  it('the same run twice is byte-identical JSON, {{id}} included, and another seed draws other ids', () => {
    const pb = example('minimal-saga');
    const withIds = {
      ...pb,
      nodes: pb.nodes.map((node) =>
        node.id === 'debit' && node.kind === 'step'
          ? {
              ...node,
              effects: [
                { op: 'insert' as const, entity: 'accounts', records: [{ id: '{{id}}', balance: 1 }] },
              ],
            }
          : node,
      ),
    };
    const once = JSON.stringify(simulate(withIds, { scenario: 'ok' }));
    expect(JSON.stringify(simulate(withIds, { scenario: 'ok' }))).toBe(once);
    expect(JSON.stringify(simulate(withIds, { scenario: 'ok', seed: 7 }))).not.toBe(once);
  });
});

describe('drill', () => {
  it('runs the baseline, every step under every fault, then compensations, restores and approvals', () => {
    const outcome = drill(example('order-fulfilment-rollback'));
    if (!outcome.ok) throw new Error(outcome.error.message);
    const names = outcome.drill.runs.map((run) => run.name);
    expect(names.slice(0, 6)).toEqual([
      'baseline',
      's1:fail',
      's1:partial',
      's1:timeout',
      's1:duplicate',
      's2:fail',
    ]);
    expect(names).toContain('s2:outage');
    expect(names).not.toContain('s1:outage');
    // c2 is first executed by the s3:fail run; a1 by the baseline.
    expect(outcome.drill.runs.find((run) => run.name === 'c2:fail')).toMatchObject({
      basedOn: 's3:fail',
      outcome: 'restored',
      recoveryMs: 63_000,
    });
    expect(outcome.drill.runs.find((run) => run.name === 'a1:reject')).toMatchObject({
      basedOn: 'baseline',
      outcome: 'rolled_back',
    });
    const { summary } = outcome.drill;
    expect(summary.notReached).toBe(outcome.drill.runs.filter((run) => run.status === 'not reached').length);
    expect(summary.worstRecoveryMs).toBe(Math.max(...outcome.drill.runs.map((run) => run.recoveryMs ?? 0)));
  });
});
