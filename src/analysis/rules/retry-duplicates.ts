import type { Effect } from '../../domain/types';
import { DescribeNode } from '../describe';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/**
 * The entities the effects insert into, quoted, each once, in order (`"a", "b"`); empty when none.
 * Plain loops: the rule looks at every retried step of a large playbook on each edit (issue 20).
 */
function insertedEntities(effects: readonly Effect[]): string {
  let text = '';
  for (let at = 0; at < effects.length; at += 1) {
    const effect = effects[at]!;
    if (effect.op !== 'insert') continue;
    let seen = false;
    for (let before = 0; before < at && !seen; before += 1)
      seen = effects[before]!.op === 'insert' && effects[before]!.entity === effect.entity;
    if (!seen) text += `${text === '' ? '' : ', '}"${effect.entity}"`;
  }
  return text;
}

/** Spec section 5, "Idempotency": only an idempotent or keyed step is safe to insert again. */
export const retryDuplicates: LintRule = {
  id: 'retry-duplicates',
  meta: RULE_META['retry-duplicates'],
  check(playbook, report) {
    for (const node of playbook.nodes) {
      if (node.kind !== 'step' || node.retry.maxAttempts <= 1) continue;
      if (node.idempotent || node.idempotencyKey !== undefined) continue;
      const inserted = insertedEntities(node.effects);
      if (inserted === '') continue;
      report(
        node.id,
        `${DescribeNode(node)} inserts into ${inserted} and is tried up to ${node.retry.maxAttempts} times, but is neither idempotent nor keyed: a retry can insert duplicates. Set "idempotent" or an "idempotencyKey"`,
      );
    }
  },
};
