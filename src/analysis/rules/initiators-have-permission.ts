import { DescribeNode } from '../describe';
import type { LintRule } from '../types';

/** A role listed as a trigger's initiator holds the `initiate` permission. */
export const initiatorsHavePermission: LintRule = {
  id: 'initiators-have-permission',
  fix: 'grant-initiate',
  meta: {
    description: "Every initiator role of a trigger has the 'initiate' permission.",
    rationale:
      'The initiators list says who may start the playbook; a role without the initiate permission contradicts it. One of the two is wrong, and a reviewer cannot tell which.',
    defaultSeverity: 'error',
  },
  check(playbook, report) {
    const roles = new Map(playbook.roles.map((role) => [role.id, role]));
    for (const node of playbook.nodes) {
      if (node.kind !== 'trigger') continue;
      for (const roleId of node.initiators) {
        const role = roles.get(roleId);
        if (!role || role.permissions.includes('initiate')) continue;
        report(
          node.id,
          `${DescribeNode(node)} lists "${roleId}" as an initiator, but that role lacks the "initiate" permission`,
        );
      }
    }
  },
};
