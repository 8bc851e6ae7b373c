import { build, safeSagaDraft, step, withNodes, withoutEdge } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

ruleTable('failure-path-explicit', {
  valid: [{ name: 'a step with a failure edge', playbook: build(saga) }],
  invalid: [
    {
      name: 'a step relying on the implicit rollback',
      playbook: build(
        withNodes(
          withoutEdge(saga, 'next', 'cp', 's'),
          [step('ping', { effects: [] })],
          [
            ['next', 'cp', 'ping'],
            ['next', 'ping', 's'],
          ],
        ),
      ),
      targets: ['ping'],
      message: /implicit rollback/,
    },
  ],
});
