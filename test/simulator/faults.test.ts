import { describe, expect, it } from 'vitest';
import { end, eventsOf, finalData, playbook, revert, run, step } from './helpers';

const twoInserts = {
  op: 'insert',
  entity: 'items',
  records: [
    { id: 'n1', v: 1 },
    { id: 'n2', v: 2 },
  ],
};

describe('faults', () => {
  it('fail: the first `attempts` attempts fail before applying anything', () => {
    const pb = playbook({
      nodes: [step('s', { effects: [twoInserts], retry: { maxAttempts: 2 } }), end('e')],
      chain: ['s', 'e'],
    });
    const result = run(pb, { faults: [{ node: 's', type: 'fail', attempts: 1 }] });
    expect(result.outcome).toBe('completed');
    expect(eventsOf(result, 'attempt-failed').map((event) => event.reason)).toEqual(['fail']);
    expect(eventsOf(result, 'effect')).toHaveLength(1);
  });

  it('a partial write followed by a retry on a non-idempotent step leaves two records with one key', () => {
    const pb = playbook({
      nodes: [step('s', { effects: [twoInserts], retry: { maxAttempts: 2 } }), end('e')],
      chain: ['s', 'e'],
    });
    const data = finalData(pb, { faults: [{ node: 's', type: 'partial', fraction: 0.5 }] });
    expect(data.items!.filter((record) => record.id === 'n1')).toHaveLength(2);
    const result = run(pb, { faults: [{ node: 's', type: 'partial', fraction: 0.5 }] });
    expect(
      result.violations.some(
        (violation) => violation.invariant === 'unique' && violation.keys.includes('n1'),
      ),
    ).toBe(true);
  });

  it('a partial write followed by a retry on an idempotent step inserts each key once', () => {
    const pb = playbook({
      nodes: [
        step('s', { effects: [twoInserts], retry: { maxAttempts: 2 }, idempotencyKey: 'id' }),
        end('e'),
      ],
      chain: ['s', 'e'],
    });
    const data = finalData(pb, { faults: [{ node: 's', type: 'partial', fraction: 0.5 }] });
    expect(data.items!.map((record) => record.id)).toEqual(['a', 'b', 'n1', 'n2']);
  });

  it('partial counts record writes across effects, rounded down, at least one', () => {
    const pb = playbook({
      nodes: [
        step('s', { effects: [twoInserts, { op: 'update', entity: 'items', set: { v: 0 } }] }),
        end('e'),
      ],
      chain: ['s', 'e'],
      edges: ['s>e:failure'],
    });
    // 2 inserts + 4 updates = 6 writes; 0.5 → 3: both inserts and one update.
    const result = run(pb, { faults: [{ node: 's', type: 'partial', fraction: 0.5 }] });
    expect(eventsOf(result, 'effect').map((event) => event.writes)).toEqual([2, 1]);
    const tiny = run(pb, { faults: [{ node: 's', type: 'partial', fraction: 0.01 }] });
    expect(eventsOf(tiny, 'effect').map((event) => event.writes)).toEqual([1]);
  });

  it('a partially applied step counts as completed when it fails, and its compensation undoes what it wrote', () => {
    const pb = playbook({
      nodes: [step('s', { effects: [twoInserts] }), revert('c'), end('e')],
      chain: ['s', 'e'],
      edges: ['s>c:compensate'],
    });
    const result = run(pb, { faults: [{ node: 's', type: 'partial', fraction: 0.5 }] });
    expect(eventsOf(result, 'compensate').map((event) => event.step)).toEqual(['s']);
    expect([result.outcome, result.consistent]).toEqual(['rolled_back', true]);
  });

  it('duplicate: the effects are applied a second time at once, without extra time', () => {
    const pb = playbook({ nodes: [step('s', { effects: [twoInserts] }), end('e')], chain: ['s', 'e'] });
    const result = run(pb, { faults: [{ node: 's', type: 'duplicate' }] });
    expect(result.elapsedMs).toBe(1000);
    expect(finalData(pb, { faults: [{ node: 's', type: 'duplicate' }] }).items).toHaveLength(6);
  });

  it('outage: every attempt of any node with that system fails while it is down, and retries after it succeed', () => {
    const pb = playbook({
      nodes: [
        step('s1', { system: 'api' }),
        step('s2', { system: 'api', retry: { maxAttempts: 3, backoff: 'PT1M' } }),
        end('e'),
      ],
      chain: ['s1', 's2', 'e'],
    });
    // s1 is reached at 0 and down for 90 s: s1 fails (no retry)…
    expect(run(pb, { faults: [{ node: 's1', type: 'outage', duration: 'PT90S' }] }).outcome).toBe(
      'rolled_back',
    );
    // …the outage on s2 opens at 1 s; attempts start at 1 s, 62 s (down) and 123 s (up again).
    const result = run(pb, { faults: [{ node: 's2', type: 'outage', duration: 'PT90S' }] });
    expect(eventsOf(result, 'attempt-failed').map((event) => [event.atMs, event.reason])).toEqual([
      [2000, 'outage'],
      [63_000, 'outage'],
    ]);
    expect(result.outcome).toBe('completed');
  });

  it('corrupt: the mutation is applied when the node is reached, before its work', () => {
    const pb = playbook({
      nodes: [
        { id: 'k', kind: 'check', invariants: [{ type: 'count', entity: 'items', op: '==', value: 2 }] },
        end('e'),
      ],
      chain: ['k', 'e'],
    });
    const result = run(pb, {
      faults: [
        { node: 'k', type: 'corrupt', mutation: { op: 'delete', entity: 'items', match: { id: 'a' } } },
      ],
    });
    expect(result.outcome).toBe('failed');
    expect(eventsOf(result, 'fault')[0]!.fault).toBe('corrupt');
  });

  it('a corrupt mutation whose where fails damages nothing', () => {
    const pb = playbook({ nodes: [end('e')], chain: ['e'] });
    const result = run(pb, {
      faults: [
        { node: 'e', type: 'corrupt', mutation: { op: 'delete', entity: 'items', where: 'r.nope > 1' } },
      ],
    });
    expect(eventsOf(result, 'fault')[0]!.message).toContain('not applied');
    expect(result.diff).toEqual({});
  });
});
