import type { Effect, PlaybookNode } from '../../domain/types';
import { mustPassBefore } from '../dataflow';
import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** A delete, or an update that selects every record (no match, no where). */
export function isDestructive(effect: Effect): boolean {
  if (effect.op === 'delete') return true;
  if (effect.op === 'update') {
    const selectsAll =
      (effect.match === undefined || Object.keys(effect.match).length === 0) && !effect.where;
    return selectsAll;
  }
  return false;
}

/** Effects a node really applies: a step's, or a compensation's with strategy `effects`. */
function appliedEffects(node: PlaybookNode): readonly Effect[] {
  if (node.kind === 'step') return node.effects;
  if (node.kind === 'compensation' && node.strategy === 'effects') return node.effects;
  return [];
}

/**
 * Every path to a destructive effect on entity E passes a checkpoint of E (or `*`). One forward
 * must-dataflow pass (see `mustPassBefore`) per entity that has a destructive effect:
 * O(destructive entities × (nodes + edges)). A compensation is entered after its step (the
 * compensate edge), so it inherits the checkpoints that preceded its step.
 */
export const checkpointBeforeDestructive: LintRule = {
  id: 'checkpoint-before-destructive',
  fix: 'add-checkpoint-before',
  meta: RULE_META['checkpoint-before-destructive'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    const byEntity = new Map<string, { position: number; effect: number }[]>();
    index.nodes.forEach((node, position) => {
      appliedEffects(node).forEach((effect, effectIndex) => {
        if (!isDestructive(effect)) return;
        const list = byEntity.get(effect.entity) ?? [];
        list.push({ position, effect: effectIndex });
        byEntity.set(effect.entity, list);
      });
    });
    for (const [entity, uses] of byEntity) {
      const covered = mustPassBefore(
        index,
        (node) =>
          node.kind === 'checkpoint' && (node.entities.includes('*') || node.entities.includes(entity)),
      );
      for (const { position, effect } of uses) {
        if (covered[position] === 1) continue;
        const node = index.nodes[position]!;
        const what = appliedEffects(node)[effect]!.op === 'delete' ? 'deletes' : 'updates every record of';
        report(
          node.id,
          `${DescribeNode(node)} ${what} "${entity}" (effect ${effect + 1}), but a run can get here without a checkpoint of "${entity}": take one before it on every path`,
        );
      }
    }
  },
};
