import { DescribeNode } from '../describe';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/**
 * Roles that approve (approval nodes, governance) hold the `approve` permission. Since spec section
 * 8 makes the permission part of the approval rule (an approval in a role the playbook defines
 * without it never counts), governance is also held to having at least one role that can approve.
 */
export const approversHavePermission: LintRule = {
  id: 'approvers-have-permission',
  fix: 'grant-approve',
  meta: RULE_META['approvers-have-permission'],
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
    const { approverRoles, requiredApprovals } = playbook.governance;
    for (const roleId of approverRoles.filter(lacks)) {
      report(
        null,
        `Governance names "${roleId}" as an approver role, but that role lacks the "approve" permission: approvals in it never count`,
      );
    }
    // With no approver roles listed, any role may approve, but not one defined without the permission.
    const noneCanApprove = playbook.roles.length > 0 && playbook.roles.every((role) => lacks(role.id));
    if (approverRoles.length === 0 && requiredApprovals > 0 && noneCanApprove) {
      report(
        null,
        `The playbook needs ${requiredApprovals} approval${requiredApprovals === 1 ? '' : 's'}, but none of its roles has the "approve" permission, so no review in them can count`,
      );
    }
  },
};
