import { describe, expect, it } from 'vitest';
import { entityFindings, type RecordsOf, targetKeySets } from '../../src/domain/modelInvariants';
import type { DataRecord, Entity } from '../../src/domain/types';

const orders: Entity = {
  name: 'orders',
  key: 'id',
  fields: [
    { name: 'id', type: 'string', required: false },
    { name: 'qty', type: 'integer', required: true },
    { name: 'customer', type: 'json', required: false },
  ],
  unique: [['qty', 'customer']],
  references: [
    { field: 'customer', entity: 'customers' },
    { field: 'customer', entity: 'not-modelled' },
  ],
} as Entity;
const customers: Entity = { name: 'customers', key: 'id', fields: [], unique: [], references: [] } as Entity;

function findings(data: Record<string, DataRecord[]>) {
  const recordsOf: RecordsOf = (name) => data[name] ?? [];
  return entityFindings(orders, recordsOf, targetKeySets([orders, customers], recordsOf)).map(
    ({ record: _record, ...finding }) => ({
      ...finding,
      ...('field' in finding ? { field: finding.field.name } : {}),
      ...('reference' in finding ? { reference: finding.reference.entity } : {}),
    }),
  );
}

describe('model invariants (spec section 2), shared by lint and simulator', () => {
  it('reports per record its key and fields, then unique sets, then references, in that order', () => {
    const result = findings({
      customers: [{ id: 'c1' }, { id: 1 }],
      orders: [
        { id: 'o1', qty: 1, customer: 'c1' },
        { qty: 1.5, customer: 'c9' },
        { id: 'o1', qty: 1, customer: 'c1' },
      ],
    });
    expect(result).toEqual([
      { check: 'no-key', position: 1 },
      { check: 'type', field: 'qty', position: 1 },
      { check: 'same-key', position: 2, first: 0 },
      { check: 'unique', fields: ['qty', 'customer'], position: 2, first: 0 },
      { check: 'reference', reference: 'customers', position: 1 },
    ]);
  });

  it('finds a reference by the key as text (1 finds "1") and skips a target the model lacks', () => {
    const result = findings({
      customers: [{ id: '1' }],
      orders: [{ id: 'o1', qty: 1, customer: 1 }],
    });
    expect(result).toEqual([]);
  });

  it('keeps 1 and "1" apart as keys: they are not the same key twice', () => {
    const result = findings({
      orders: [
        { id: 1, qty: 1 },
        { id: '1', qty: 2 },
      ],
    });
    expect(result.filter((finding) => finding.check === 'same-key')).toEqual([]);
  });

  it('asks for a required field that is missing or null', () => {
    const result = findings({ orders: [{ id: 'o1', qty: null }] });
    expect(result).toEqual([{ check: 'required', field: 'qty', position: 0 }]);
  });
});
