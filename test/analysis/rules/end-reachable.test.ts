import { build, decision, notify, safeSagaDraft, withNodes, withoutEdge, withoutNode } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();

ruleTable('end-reachable', {
  valid: [
    { name: 'every node reaching an end', playbook: build(saga) },
    {
      name: 'a re-check loop with a way out',
      playbook: build(
        withNodes(
          withoutEdge(saga, 'next', 'n', 'rolled'),
          [decision('again')],
          [
            ['next', 'n', 'again'],
            ['branch', 'again', 'k', true],
            ['branch', 'again', 'rolled', false],
          ],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a step with no next edge (dead end)',
      playbook: build(withoutNode(saga, 'done')),
      targets: ['s'],
      message: /dead end/,
    },
    {
      name: 'a loop with no way out',
      playbook: build(
        withNodes(
          withoutNode(saga, 'done'),
          [notify('a'), notify('b')],
          [
            ['next', 's', 'a'],
            ['next', 'a', 'b'],
            ['next', 'b', 'a'],
          ],
        ),
      ),
      targets: ['a'],
      message: /"a", "b"/,
    },
  ],
});
