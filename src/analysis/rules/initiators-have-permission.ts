import { DescribeNode } from '../describe';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** A role listed as a trigger's initiator holds the `initiate` permission. */
export const initiatorsHavePermission: LintRule = {
  id: 'initiators-have-permission',
  fix: 'grant-initiate',
  meta: RULE_META['initiators-have-permission'],
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
