import { build, safeSagaDraft, withExtra } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();
const dataModel = {
  entities: [
    {
      name: 'customers',
      key: 'id',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'email', type: 'string', required: true },
        { name: 'since', type: 'timestamp' },
      ],
      unique: [['email']],
    },
    {
      name: 'items',
      key: 'id',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'name', type: 'string' },
        { name: 'qty', type: 'integer' },
        { name: 'customerId', type: 'string' },
      ],
      references: [{ field: 'customerId', entity: 'customers' }],
    },
  ],
};
const customers: Record<string, unknown>[] = [
  { id: 'c1', email: 'a@example.com', since: '2025-01-01T00:00:00Z' },
  { id: 'c2', email: 'b@example.com' },
];
const withData = (items: Record<string, unknown>[], people = customers) =>
  build(withExtra(saga, { dataModel, dataset: { customers: people, items } }));

ruleTable('dataset-consistent', {
  valid: [
    {
      name: 'a dataset that keeps every model invariant (null references allowed)',
      playbook: withData([
        { id: 'i1', name: 'one', qty: 2, customerId: 'c1' },
        { id: 'i2', name: 'two', customerId: null },
      ]),
    },
  ],
  invalid: [
    {
      name: 'two records with one key',
      playbook: withData([{ id: 'i1' }, { id: 'i1' }]),
      targets: [null],
      message: /"items" record "i1": the key "i1" is used by another record/,
    },
    {
      name: 'a record without its key',
      playbook: withData([{ name: 'nameless' }]),
      targets: [null],
      message: /has no key "id"/,
    },
    {
      name: 'a missing required field and a value of the wrong type',
      playbook: withData(
        [{ id: 'i1', qty: 1.5 }],
        [{ id: 'c1', email: 'a@example.com', since: 'yesterday' }, { id: 'c2' }],
      ),
      targets: [null, null, null],
    },
    {
      name: 'a reference to no record',
      playbook: withData([{ id: 'i1', customerId: 'c9' }]),
      targets: [null],
      message: /refers to no record of "customers"/,
    },
    {
      name: 'a unique set held twice',
      playbook: withData(
        [],
        [
          { id: 'c1', email: 'a@example.com' },
          { id: 'c2', email: 'a@example.com' },
        ],
      ),
      targets: [null],
      message: /must be unique/,
    },
  ],
});
