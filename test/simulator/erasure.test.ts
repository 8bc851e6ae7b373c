import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/domain/types';
import { drill, startRun } from '../../src/simulator';
import { fullExecutor, leanExecutor } from '../../src/simulator/drillRunner';
import { end, playbook, run, scenario, step } from './helpers';

type Json = Record<string, unknown>;

const customers = {
  name: 'customers',
  key: 'id',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'email', type: 'string', personal: true, category: 'contact' },
    { name: 'segment', type: 'string' },
  ],
};
const dataset = {
  customers: [
    { id: 'c-1', email: 'ana@example.com', segment: 'a' },
    { id: 'c-2', email: 'bo@example.com', segment: 'b' },
  ],
};
const deleteC2 = { op: 'delete', entity: 'customers', match: { id: 'c-2' } };
const anonymiseC2 = { op: 'update', entity: 'customers', match: { id: 'c-2' }, set: { email: null } };

/**
 * Snapshot customers, erase c-2 (`erase`), publish (`p`); when publishing fails, restore the
 * snapshot, then run `after` (the safe pattern erases again there) and end restored.
 */
function erasurePlaybook(
  erase: Json,
  after: Json[] = [],
  extra: { nodes?: Json[]; edges?: string[] } = {},
): Playbook {
  return playbook({
    entities: [customers],
    dataset,
    nodes: [
      { id: 'cp', kind: 'checkpoint', entities: ['customers'] },
      step('x', { erasure: true, effects: [erase] }),
      step('p', { system: 'mailer' }),
      end('done'),
      { id: 'r', kind: 'restore', checkpoint: 'cp' },
      ...after,
      end('restored', 'restored'),
      ...(extra.nodes ?? []),
    ],
    chain: ['cp', 'x', 'p', 'done'],
    edges: [
      'p>r:failure',
      ...[['r', ...after.map((node) => String(node.id)), 'restored']].flatMap((ids) =>
        ids.slice(1).map((id, index) => `${ids[index]}>${id}:next`),
      ),
      ...(extra.edges ?? []),
    ],
    scenarios: [
      scenario({ id: 'publish-fails', name: 'Publishing fails', faults: [{ node: 'p', type: 'fail' }] }),
    ],
  });
}

const eraseAgain = (erase: Json) => step('re', { erasure: true, effects: [erase] });

describe('erased-data-restored (spec section 2)', () => {
  it('a restore of a snapshot taken before an erasure brings the record back: a violation, and the run is inconsistent', () => {
    const result = run(erasurePlaybook(deleteC2), { scenario: 'publish-fails' });
    expect(result.outcome).toBe('restored');
    expect(result.violations).toEqual([
      expect.objectContaining({ invariant: 'erased-data-restored', entity: 'customers', keys: ['c-2'] }),
    ]);
    expect(result.violations[0]!.message).toMatch(/erased on request is back/);
    expect(result.consistent).toBe(false);
  });

  it('restore, then erase again: no violation, and the data equals the snapshot with the erasure laid over it', () => {
    const result = run(erasurePlaybook(deleteC2, [eraseAgain(deleteC2)]), { scenario: 'publish-fails' });
    expect(result.violations).toEqual([]);
    expect(result.consistent).toBe(true);
    expect(result.diff).toEqual({});
  });

  it('an anonymised record restored with its e-mail is a violation; restored and anonymised again it is not', () => {
    const unsafe = run(erasurePlaybook(anonymiseC2), { scenario: 'publish-fails' });
    expect(unsafe.violations.map((v) => [v.invariant, v.keys])).toEqual([['erased-data-restored', ['c-2']]]);
    expect(unsafe.consistent).toBe(false);
    const safe = run(erasurePlaybook(anonymiseC2, [eraseAgain(anonymiseC2)]), { scenario: 'publish-fails' });
    expect(safe.violations).toEqual([]);
    expect(safe.consistent).toBe(true);
  });

  it('an erasure that changed no personal value erases nothing: the restored record is no violation', () => {
    const resegment = { op: 'update', entity: 'customers', match: { id: 'c-2' }, set: { segment: 'z' } };
    const result = run(erasurePlaybook(resegment, [eraseAgain(resegment)]), { scenario: 'publish-fails' });
    expect(result.violations).toEqual([]);
    expect(result.consistent).toBe(true);
  });

  it('a rollback that reverts the erasure step brings the record back: rolled_back, and inconsistent', () => {
    const pb = playbook({
      entities: [customers],
      dataset,
      nodes: [
        step('x', { erasure: true, effects: [deleteC2] }),
        { id: 'cx', kind: 'compensation' },
        step('p'),
        end('done'),
      ],
      chain: ['x', 'p', 'done'],
      edges: ['x>cx:compensate'],
      scenarios: [
        scenario({ id: 'publish-fails', name: 'Publishing fails', faults: [{ node: 'p', type: 'fail' }] }),
      ],
    });
    const result = run(pb, { scenario: 'publish-fails' });
    expect(result.outcome).toBe('rolled_back');
    expect(result.violations.map((v) => v.invariant)).toEqual(['erased-data-restored']);
    expect(result.consistent).toBe(false);
  });

  it('a rollback that leaves an irreversible erasure in place is consistent: the expected initial state has the erasure laid over it', () => {
    const pb = playbook({
      entities: [customers],
      dataset,
      nodes: [
        step('x', { erasure: true, effects: [deleteC2], irreversible: { reason: 'erased on request' } }),
        step('p'),
        end('done'),
      ],
      chain: ['x', 'p', 'done'],
      scenarios: [
        scenario({ id: 'publish-fails', name: 'Publishing fails', faults: [{ node: 'p', type: 'fail' }] }),
      ],
    });
    const result = run(pb, { scenario: 'publish-fails' });
    expect(result.outcome).toBe('rolled_back');
    expect(result.expected).toBe('initial');
    expect(result.violations).toEqual([]);
    expect(result.consistent).toBe(true);
  });

  it('an erasure made before the checkpoint is already in the snapshot: it is not laid over it again', () => {
    const resegment = { op: 'update', entity: 'customers', match: { id: 'c-2' }, set: { segment: 'z' } };
    const pb = playbook({
      entities: [customers],
      dataset,
      nodes: [
        step('x', { erasure: true, effects: [anonymiseC2] }),
        step('s', { effects: [resegment], irreversible: { reason: 'kept' } }),
        { id: 'cp', kind: 'checkpoint', entities: ['customers'] },
        step('p', { system: 'mailer' }),
        end('done'),
        { id: 'r', kind: 'restore', checkpoint: 'cp' },
        end('restored', 'restored'),
      ],
      chain: ['x', 's', 'cp', 'p', 'done'],
      edges: ['p>r:failure', 'r>restored:next'],
      scenarios: [
        scenario({ id: 'publish-fails', name: 'Publishing fails', faults: [{ node: 'p', type: 'fail' }] }),
      ],
    });
    const result = run(pb, { scenario: 'publish-fails' });
    expect(result.outcome).toBe('restored');
    expect(result.violations).toEqual([]);
    expect(result.diff).toEqual({});
    expect(result.consistent).toBe(true);
  });

  it('a run without erasure steps is judged as before', () => {
    const pb = erasurePlaybook(deleteC2);
    const plain = {
      ...pb,
      nodes: pb.nodes.map((node) => (node.id === 'x' ? { ...node, erasure: false } : node)),
    };
    const result = run(plain as Playbook, { scenario: 'publish-fails' });
    expect(result.violations).toEqual([]);
    expect(result.consistent).toBe(true);
  });
});

describe('the expected data a session shows', () => {
  it('is the one the verdict used: the snapshot with the erasure laid over it', () => {
    const started = startRun(erasurePlaybook(deleteC2, [eraseAgain(deleteC2)]), {
      scenario: 'publish-fails',
    });
    if (!started.ok) throw new Error(started.error.message);
    expect(started.session.expectedData()).toBeNull();
    const result = started.session.runToEnd();
    expect(result.expected).toBe('cp');
    expect(started.session.expectedData()?.customers?.map((record) => record.id)).toEqual(['c-1']);
  });
});

describe('erased-data-restored in the drill', () => {
  const cell = (pb: Playbook, name: string) => {
    const outcome = drill(pb);
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.drill.runs.find((row) => row.name === name);
  };

  it('makes the drill cell of the failing publish inconsistent, and the safe pattern consistent', () => {
    expect(cell(erasurePlaybook(deleteC2), 'p:fail')).toMatchObject({
      outcome: 'restored',
      consistent: false,
    });
    expect(cell(erasurePlaybook(deleteC2, [eraseAgain(deleteC2)]), 'p:fail')).toMatchObject({
      outcome: 'restored',
      consistent: true,
    });
  });

  it.each([
    ['unsafe', erasurePlaybook(deleteC2)],
    ['safe', erasurePlaybook(deleteC2, [eraseAgain(deleteC2)])],
    ['anonymising', erasurePlaybook(anonymiseC2)],
  ])('gives the same rows lean, forked and full (%s)', (_name, pb) => {
    const full = drill(pb, fullExecutor(pb));
    expect(drill(pb, leanExecutor(pb, { fork: false }))).toEqual(full);
    expect(drill(pb)).toEqual(full);
  });
});
