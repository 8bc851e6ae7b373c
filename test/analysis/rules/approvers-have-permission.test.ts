import { approval, build, replaceNode, safeSagaDraft, withExtra, withNodes, withoutEdge } from '../fixtures';
import { ruleTable } from '../ruleTable';

const saga = safeSagaDraft();
const roles = [
  { id: 'ops', name: 'Operations', permissions: ['initiate', 'approve', 'override', 'execute'] },
  { id: 'bot', name: 'Automation', permissions: ['execute'] },
];
const withApproval = withExtra(
  withNodes(
    withoutEdge(saga, 'next', 's', 'done'),
    [approval('a')],
    [
      ['next', 's', 'a'],
      ['next', 'a', 'done'],
      ['failure', 'a', 'rb'],
    ],
  ),
  { roles },
);

ruleTable('approvers-have-permission', {
  valid: [
    { name: 'approvers with the approve permission', playbook: build(withApproval) },
    {
      name: 'no role can approve, but no approval is required',
      playbook: build(
        withExtra(saga, {
          roles: [{ id: 'ops', name: 'Operations', permissions: ['initiate', 'override', 'execute'] }],
          governance: { requiredApprovals: 0 },
        }),
      ),
    },
    {
      name: 'governance approver roles with the approve permission',
      playbook: build(withExtra(withApproval, { governance: { approverRoles: ['ops'] } })),
    },
  ],
  invalid: [
    {
      name: 'an approval node naming a role that cannot approve',
      playbook: build(replaceNode(withApproval, 'a', { approvers: ['bot'] })),
      targets: ['a'],
      message: /"bot".*"approve"/,
    },
    {
      name: 'governance naming a role that cannot approve',
      playbook: build(withExtra(withApproval, { governance: { approverRoles: ['bot'] } })),
      targets: [null],
      message: /Governance.*approvals in it never count/,
    },
    {
      name: 'approvals required while no role the playbook defines can approve',
      playbook: build(
        withExtra(saga, {
          roles: [{ id: 'ops', name: 'Operations', permissions: ['initiate', 'override', 'execute'] }],
        }),
      ),
      targets: [null],
      message: /none of its roles has the "approve" permission/,
    },
  ],
});
