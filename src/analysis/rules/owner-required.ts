import { DescribeNode } from '../describe';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

const OWNED_KINDS: ReadonlySet<string> = new Set(['step', 'rollback', 'restore', 'approval']);

/** Someone answers for every action the run takes on the day. */
export const ownerRequired: LintRule = {
  id: 'owner-required',
  fix: 'assign-owner',
  meta: RULE_META['owner-required'],
  check(playbook, report) {
    const roles = new Set(playbook.roles.map((role) => role.id));
    for (const node of playbook.nodes) {
      if (!OWNED_KINDS.has(node.kind)) continue;
      if (node.owner === undefined)
        report(node.id, `${DescribeNode(node)} has no owner: name the role that runs it`);
      else if (!roles.has(node.owner))
        report(
          node.id,
          `${DescribeNode(node)} is owned by "${node.owner}", which is not a role of this playbook`,
        );
    }
  },
};
