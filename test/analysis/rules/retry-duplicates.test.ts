import { build, replaceNode, safeSagaDraft } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();
const insert = [{ op: 'insert', entity: 'items', records: [{ id: 'i2', name: 'two' }] }];

ruleTable('retry-duplicates', {
  valid: [
    {
      name: 'a retried insert with an idempotency key',
      playbook: build(
        replaceNode(saga, 's', { effects: insert, retry: { maxAttempts: 3 }, idempotencyKey: 'id' }),
      ),
    },
    {
      name: 'a retried insert marked idempotent',
      playbook: build(
        replaceNode(saga, 's', { effects: insert, retry: { maxAttempts: 3 }, idempotent: true }),
      ),
    },
    { name: 'an insert tried once', playbook: build(replaceNode(saga, 's', { effects: insert })) },
    { name: 'a retried update', playbook: build(replaceNode(saga, 's', { retry: { maxAttempts: 3 } })) },
  ],
  invalid: [
    {
      name: 'a retried insert neither idempotent nor keyed',
      playbook: build(replaceNode(saga, 's', { effects: insert, retry: { maxAttempts: 2 } })),
      targets: ['s'],
      message: /"items".*up to 2 times/,
    },
    {
      name: 'two retried inserts into one entity, named once',
      playbook: build(
        replaceNode(saga, 's', {
          effects: [...insert, { op: 'insert', entity: 'items', records: [{ id: 'i3', name: 'three' }] }],
          retry: { maxAttempts: 4 },
        }),
      ),
      targets: ['s'],
      message: /inserts into "items" and is tried up to 4 times/,
    },
  ],
});
