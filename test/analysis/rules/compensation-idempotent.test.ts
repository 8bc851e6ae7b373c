import { build, replaceNode, safeSagaDraft } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

ruleTable('compensation-idempotent', {
  valid: [{ name: 'a compensation marked idempotent', playbook: build(saga) }],
  invalid: [
    {
      name: 'a compensation not marked idempotent',
      playbook: build(replaceNode(saga, 'cs', { idempotent: false })),
      targets: ['cs'],
      message: /not marked idempotent/,
    },
    {
      name: 'a retried compensation not marked idempotent',
      playbook: build(replaceNode(saga, 'cs', { idempotent: false, retry: { maxAttempts: 3 } })),
      targets: ['cs'],
      message: /retried up to 3 times/,
    },
  ],
});
