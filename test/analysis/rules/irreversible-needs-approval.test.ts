import { approval, build, check, safeSagaDraft, step, withNodes, withoutEdge } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();
const purge = step('purge', { effects: [], irreversible: { reason: 'Emails cannot be unsent' } });
/** s → … → purge → done, with purge's own failure edge to the rollback. */
const ending = (nodes: ReturnType<typeof step>[], edges: Parameters<typeof withNodes>[2] = []) =>
  withNodes(
    withoutEdge(saga, 'next', 's', 'done'),
    [...nodes, purge],
    [...edges, ['next', 'purge', 'done'], ['failure', 'purge', 'rb']],
  );

ruleTable('irreversible-needs-approval', {
  valid: [
    {
      name: 'an irreversible step after an approval',
      playbook: build(
        ending(
          [approval('a')],
          [
            ['next', 's', 'a'],
            ['next', 'a', 'purge'],
            ['failure', 'a', 'rb'],
          ],
        ),
      ),
    },
    {
      name: 'an approval inside a re-check loop before the irreversible step',
      playbook: build(
        ending(
          [approval('a'), check('k2')],
          [
            ['next', 's', 'a'],
            ['next', 'a', 'k2'],
            ['failure', 'a', 'rb'],
            ['failure', 'k2', 'a'],
            ['next', 'k2', 'purge'],
          ],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'an irreversible step with no approval before it',
      playbook: build(ending([], [['next', 's', 'purge']])),
      targets: ['purge'],
      message: /without passing an approval/,
    },
    {
      name: 'an irreversible step also reached when the approval is rejected',
      playbook: build(
        ending(
          [approval('a')],
          [
            ['next', 's', 'a'],
            ['next', 'a', 'purge'],
            ['failure', 'a', 'purge'],
          ],
        ),
      ),
      targets: ['purge'],
    },
    {
      name: 'an irreversible step whose loop reaches the approval only on the second round',
      playbook: build(
        ending(
          [approval('a'), check('k2')],
          [
            ['next', 's', 'k2'],
            ['failure', 'k2', 'a'],
            ['next', 'a', 'k2'],
            ['failure', 'a', 'rb'],
            ['next', 'k2', 'purge'],
          ],
        ),
      ),
      targets: ['purge'],
    },
  ],
});
