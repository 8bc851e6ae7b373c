import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';

/** A step that changes data can be undone, or says why it cannot. */
export const compensationRequired: LintRule = {
  id: 'compensation-required',
  fix: 'add-compensation',
  meta: {
    description: 'A step with effects has a compensation, or is marked irreversible with a reason.',
    rationale:
      'A rollback undoes completed steps through their compensations; a step with effects and no compensation is skipped ("not-compensated") and its changes stay behind. If it truly cannot be undone, saying so (irreversible, with the reason) lets reviewers put an approval in front of it.',
    defaultSeverity: 'error',
  },
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
