import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';

/** A step without a failure edge relies on the implicit rollback (spec section 5, item 4). */
export const failurePathExplicit: LintRule = {
  id: 'failure-path-explicit',
  fix: 'link-failure-to-rollback',
  meta: {
    description: 'Every step has a failure edge instead of relying on the implicit rollback.',
    rationale:
      'When a step with no failure edge fails, the run rolls back everything and ends, with no check, no notification and no fallback if an undo fails. That default is fine for a sketch; a playbook people rely on says what happens.',
    defaultSeverity: 'warn',
  },
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    index.nodes.forEach((node, position) => {
      if (node.kind !== 'step' || index.failure[position] !== -1) return;
      report(
        node.id,
        `${DescribeNode(node)} has no failure edge: if it fails, the implicit rollback undoes everything and the run ends without a check or a notification`,
      );
    });
  },
};
