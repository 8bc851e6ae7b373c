import {
  approval,
  build,
  replaceNode,
  safeSagaDraft,
  step,
  withNodes,
  withoutEdge,
  withoutNode,
} from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

ruleTable('compensation-required', {
  valid: [
    { name: 'a step with effects and a compensation', playbook: build(saga) },
    {
      name: 'a step without effects (nothing to undo)',
      playbook: build(replaceNode(withoutNode(saga, 'cs'), 's', { effects: [] })),
    },
    {
      name: 'an irreversible step with a reason',
      playbook: build(
        withNodes(
          withoutEdge(saga, 'next', 's', 'done'),
          [approval('a'), step('purge', { irreversible: { reason: 'The vendor deletes for good' } })],
          [
            ['next', 's', 'a'],
            ['failure', 'a', 'rb'],
            ['next', 'a', 'purge'],
            ['next', 'purge', 'done'],
            ['failure', 'purge', 'rb'],
          ],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a step with effects and no compensation',
      playbook: build(withoutNode(saga, 'cs')),
      targets: ['s'],
      message: /no compensation/,
    },
  ],
});
