import { build, compensation, notify, safeSagaDraft, step, withNodes } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

ruleTable('no-unreachable', {
  valid: [{ name: 'a compensation reached through its step', playbook: build(saga) }],
  invalid: [
    {
      name: 'a notification no edge leads to',
      playbook: build(withNodes(saga, [notify('lost')], [['next', 'lost', 'done']])),
      targets: ['lost'],
    },
    {
      name: 'a step no edge leads to, and so its compensation',
      playbook: build(
        withNodes(
          saga,
          [step('orphan'), compensation('co')],
          [
            ['next', 'orphan', 'done'],
            ['failure', 'orphan', 'rb'],
            ['compensate', 'orphan', 'co'],
          ],
        ),
      ),
      targets: ['orphan', 'co'],
      message: /can never run/,
    },
  ],
});
