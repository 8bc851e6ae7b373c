import { DescribeNode } from '../describe';
import type { LintRule } from '../types';

/** Roles that approve (approval nodes, governance) hold the `approve` permission. */
export const approversHavePermission: LintRule = {
  id: 'approvers-have-permission',
  meta: {
    description:
      "Every approver role of an approval node, and of governance.approverRoles, has the 'approve' permission.",
    rationale:
      'An approval that only roles without the approve permission can give can never be given properly: on the day the run waits for a person who is not allowed to say yes.',
    defaultSeverity: 'error',
  },
  check(playbook, report) {
    const roles = new Map(playbook.roles.map((role) => [role.id, role]));
    const lacks = (roleId: string) => {
      const role = roles.get(roleId);
      return role !== undefined && !role.permissions.includes('approve');
    };
    for (const node of playbook.nodes) {
      if (node.kind !== 'approval') continue;
      for (const roleId of node.approvers.filter(lacks)) {
        report(
          node.id,
          `${DescribeNode(node)} names "${roleId}" as an approver, but that role lacks the "approve" permission`,
        );
      }
    }
    for (const roleId of playbook.governance.approverRoles.filter(lacks)) {
      report(
        null,
        `Governance names "${roleId}" as an approver role, but that role lacks the "approve" permission`,
      );
    }
  },
};
