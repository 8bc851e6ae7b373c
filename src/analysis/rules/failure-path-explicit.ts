import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** A step without a failure edge relies on the implicit rollback (spec section 5, item 4). */
export const failurePathExplicit: LintRule = {
  id: 'failure-path-explicit',
  fix: 'link-failure-to-rollback',
  meta: RULE_META['failure-path-explicit'],
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
