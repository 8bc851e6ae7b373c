import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** A step that changes data can be undone, or says why it cannot. */
export const compensationRequired: LintRule = {
  id: 'compensation-required',
  fix: 'add-compensation',
  meta: RULE_META['compensation-required'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    index.nodes.forEach((node, position) => {
      if (node.kind !== 'step' || node.effects.length === 0) return;
      if (index.compensation[position] !== -1 || node.irreversible) return;
      report(
        node.id,
        `${DescribeNode(node)} changes data but has no compensation: a rollback cannot undo it. Draw a compensate edge to a compensation, or mark the step irreversible and say why`,
      );
    });
  },
};
