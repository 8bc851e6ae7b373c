import { approval, build, replaceNode, safeSagaDraft, withNodes, withoutEdge } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();
const withApproval = withNodes(
  withoutEdge(saga, 'next', 's', 'done'),
  [approval('a')],
  [
    ['next', 's', 'a'],
    ['next', 'a', 'done'],
    ['failure', 'a', 'rb'],
  ],
);

ruleTable('owner-required', {
  valid: [
    { name: 'owned steps, rollbacks and approvals', playbook: build(withApproval) },
    { name: 'a notify without an owner (not required)', playbook: build(saga) },
  ],
  invalid: [
    {
      name: 'a step without an owner',
      playbook: build(replaceNode(saga, 's', { owner: undefined })),
      targets: ['s'],
      message: /no owner/,
    },
    {
      name: 'an approval and a rollback without an owner',
      playbook: build(
        replaceNode(replaceNode(withApproval, 'a', { owner: undefined }), 'rb', { owner: undefined }),
      ),
      targets: ['rb', 'a'],
    },
  ],
});
