import { DescribeNode } from '../describe';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** Spec section 5, "Idempotency": only an idempotent or keyed step is safe to insert again. */
export const retryDuplicates: LintRule = {
  id: 'retry-duplicates',
  meta: RULE_META['retry-duplicates'],
  check(playbook, report) {
    for (const node of playbook.nodes) {
      if (node.kind !== 'step' || node.retry.maxAttempts <= 1) continue;
      if (node.idempotent || node.idempotencyKey !== undefined) continue;
      const inserts = node.effects.filter((effect) => effect.op === 'insert').map((effect) => effect.entity);
      if (inserts.length === 0) continue;
      report(
        node.id,
        `${DescribeNode(node)} inserts into ${[...new Set(inserts)].map((name) => `"${name}"`).join(', ')} and is tried up to ${node.retry.maxAttempts} times, but is neither idempotent nor keyed: a retry can insert duplicates. Set "idempotent" or an "idempotencyKey"`,
      );
    }
  },
};
