import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';
import { recordNoun } from '../../src/viewModels/runLeftovers';
import { verdictOf } from '../../src/viewModels/simulationVerdict';
import { end, playbook, revert, run, step } from '../simulator/helpers';

// A web order: charge the card (undone by a refund), send the email (cannot be undone), then a
// step that can fail. The entity is `charges`, so a charge left behind reads "charge CH-1 remains".
const charges = [
  {
    name: 'charges',
    key: 'id',
    fields: [
      { name: 'id', type: 'string' },
      { name: 'amount', type: 'integer' },
    ],
  },
];
const charge = step('charge', {
  label: 'Charge the card',
  effects: [{ op: 'insert', entity: 'charges', records: [{ id: 'CH-1', amount: 40 }] }],
});
const email = step('email', { label: 'Send confirmation email', irreversible: { reason: 'Email is sent' } });
const crm = step('crm', { label: 'Update the CRM contact' });

function webOrder(extra: { nodes?: Record<string, unknown>[]; edges?: string[] } = {}) {
  return playbook({
    entities: charges,
    dataset: { charges: [] },
    rto: 'PT15M',
    nodes: [
      charge,
      revert('refund', { label: 'Refund the charge' }),
      email,
      crm,
      end('done'),
      ...(extra.nodes ?? []),
    ],
    chain: ['charge', 'email', 'crm', 'done'],
    edges: ['charge>refund:compensate', ...(extra.edges ?? [])],
  });
}

describe('the verdict of a run', () => {
  it('a failed refund ends rollback_incomplete: red, outcome first, the charge left behind, the email that went out', () => {
    const pb = webOrder();
    const result = run(pb, {
      faults: [
        { node: 'crm', type: 'fail' },
        { node: 'refund', type: 'fail' },
      ],
    });
    expect(result.outcome).toBe('rollback_incomplete');
    const verdict = verdictOf(pb, result);
    expect(verdict.good).toBe(false);
    expect(verdict.headline).toMatch(/^Rollback incomplete after \d+ s \(RTO 15 min\)\.$/);
    expect(verdict.data).toBe('Data was left changed: 1 record differs from the state before the run.');
    expect(verdict.leftChangedTitle).toBe('Left changed against the state before the run:');
    expect(verdict.leftChanged).toEqual(['charge CH-1 remains']);
    expect(verdict.irreversible).toEqual(['Send confirmation email ran and cannot be undone']);
  });

  it('a run that ends failed with data changed never says no data rule is broken', () => {
    const pb = webOrder({ nodes: [end('stop', 'failed')], edges: ['crm>stop:failure'] });
    const result = run(pb, { faults: [{ node: 'crm', type: 'fail' }] });
    expect(result.outcome).toBe('failed');
    // The spec counts only the data rules for a failed run, so the result alone says "consistent".
    expect(result.consistent).toBe(true);
    const verdict = verdictOf(pb, result);
    expect(verdict.good).toBe(false);
    expect(verdict.headline).toMatch(/^Failed at "Node stop" after \d+ s \(RTO 15 min\)\.$/);
    expect(verdict.data).not.toMatch(/no data rule is broken/i);
    expect(verdict.data).toBe('Data was left changed: 1 record differs from the state before the run.');
    expect(verdict.leftChanged).toEqual(['charge CH-1 remains']);
    expect(verdict.irreversible).toEqual(['Send confirmation email ran and cannot be undone']);
  });

  it('a failed run that changed nothing says so, and is still not green', () => {
    const pb = webOrder({ nodes: [end('stop', 'failed')], edges: ['charge>stop:failure'] });
    const result = run(pb, { faults: [{ node: 'charge', type: 'fail' }] });
    expect(result.outcome).toBe('failed');
    const verdict = verdictOf(pb, result);
    expect(verdict.good).toBe(false);
    expect(verdict.data).toBe('Nothing was left changed.');
    expect(verdict.leftChanged).toEqual([]);
    // The email never ran, so nothing irreversible is claimed.
    expect(verdict.irreversible).toEqual([]);
  });

  it('a rollback that undid the charge is green and still names the email that cannot be undone', () => {
    const pb = webOrder();
    const result = run(pb, { faults: [{ node: 'crm', type: 'fail' }] });
    expect(result.outcome).toBe('rolled_back');
    const verdict = verdictOf(pb, result);
    expect(verdict.good).toBe(true);
    expect(verdict.data).toBe('Data matches the state before the run.');
    expect(verdict.leftChanged).toEqual([]);
    expect(verdict.irreversible).toEqual(['Send confirmation email ran and cannot be undone']);
  });

  it('a completed run is green; its writes are its work, not something left behind', () => {
    const pb = webOrder();
    const verdict = verdictOf(pb, run(pb));
    expect(verdict.good).toBe(true);
    expect(verdict.headline).toMatch(/^Completed in \d+ s \(RTO 15 min\)\.$/);
    expect(verdict.data).toBe('No data rule is broken.');
    expect(verdict.leftChanged).toEqual([]);
    expect(verdict.irreversible).toEqual([]);
  });

  it('names five records, then counts the rest', () => {
    const many = step('many', {
      effects: [
        {
          op: 'insert',
          entity: 'charges',
          records: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: `CH-${n}`, amount: n })),
        },
      ],
    });
    const pb = playbook({
      entities: charges,
      dataset: { charges: [] },
      nodes: [many, step('boom'), end('stop', 'failed')],
      chain: ['many', 'boom'],
      edges: ['boom>stop:failure'],
    });
    const verdict = verdictOf(pb, run(pb, { faults: [{ node: 'boom', type: 'fail' }] }));
    expect(verdict.leftChanged).toEqual([
      'charge CH-1 remains',
      'charge CH-2 remains',
      'charge CH-3 remains',
      'charge CH-4 remains',
      'charge CH-5 remains',
      'and 2 more records',
    ]);
  });

  it('a rollback that left a step not undone is red and names what it left', () => {
    const pb = playbook({
      entities: charges,
      dataset: { charges: [] },
      nodes: [charge, crm, end('done')],
      chain: ['charge', 'crm', 'done'],
    });
    const result = run(pb, { faults: [{ node: 'crm', type: 'fail' }] });
    expect(result.outcome).toBe('rolled_back');
    const verdict = verdictOf(pb, result);
    expect(verdict.good).toBe(false);
    expect(verdict.data).toBe('Data is not consistent: 1 record differs from the state before the run.');
    expect(verdict.leftChanged).toEqual(['charge CH-1 remains']);
  });

  it('the order example rolled back by its scenario reads as it did', () => {
    const parsed = parsePlaybook(order);
    if (!parsed.ok) throw new Error('example invalid');
    const verdict = verdictOf(parsed.playbook, run(parsed.playbook, { scenario: 'carrier-down' }));
    expect([verdict.good, verdict.headline, verdict.leftChanged]).toEqual([
      true,
      'Rolled back in 2 s (RTO 15 min).',
      [],
    ]);
  });
});

describe('record nouns', () => {
  it('reads a plural entity name as one record of it', () => {
    expect(
      ['charges', 'entries', 'addresses', 'boxes', 'inventory', 'status', 'orders'].map(recordNoun),
    ).toEqual(['charge', 'entry', 'address', 'box', 'inventory', 'status', 'order']);
  });
});
