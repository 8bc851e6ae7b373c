import { build, decision, safeSagaDraft, withNodes, withoutEdge, withoutNode } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

ruleTable('verify-after-recovery', {
  valid: [{ name: 'a rollback followed by a check', playbook: build(saga) }],
  invalid: [
    {
      name: 'a rollback going straight to its end',
      playbook: build(withNodes(withoutNode(saga, 'k'), [], [['next', 'rb', 'n']])),
      targets: ['rb'],
      message: /no check in between/,
    },
    {
      name: 'a rollback checked on one branch only',
      playbook: build(
        withNodes(
          withoutEdge(saga, 'next', 'rb', 'k'),
          [decision('d')],
          [
            ['next', 'rb', 'd'],
            ['branch', 'd', 'k', true],
            ['branch', 'd', 'n', false],
          ],
        ),
      ),
      targets: ['rb'],
    },
  ],
});
