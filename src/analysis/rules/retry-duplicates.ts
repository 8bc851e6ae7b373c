import { DescribeNode } from '../describe';
import type { LintRule } from '../types';

/** Spec section 5, "Idempotency": only an idempotent or keyed step is safe to insert again. */
export const retryDuplicates: LintRule = {
  id: 'retry-duplicates',
  meta: {
    description: 'A step that inserts records and is retried is idempotent or has an idempotency key.',
    rationale:
      'A retry after a partial failure (or a duplicate delivery) applies the inserts again; without idempotency the data store, which does not enforce keys, ends up with two records for one key: duplicate shipments, double charges.',
    defaultSeverity: 'error',
  },
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
