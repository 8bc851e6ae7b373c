import { DescribeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import {
  changedEntities,
  listNames,
  personalEntities,
  reachableAfter,
  snapshotEntities,
} from '../personalData';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/**
 * A checkpoint takes no entity with personal fields that nothing after it changes (decision 26 in
 * docs/format-decisions.md): "after" is every node a run can reach from the checkpoint, and a
 * change is any effect of a step or of an `effects` compensation. One reachability search per
 * checkpoint that holds personal data.
 */
export const snapshotMinimal: LintRule = {
  id: 'snapshot-minimal',
  meta: RULE_META['snapshot-minimal'],
  check(playbook, report) {
    const personal = personalEntities(playbook);
    if (personal.size === 0) return;
    const index = graphIndexOf(playbook);
    index.nodes.forEach((node, position) => {
      if (node.kind !== 'checkpoint') return;
      const held = snapshotEntities(playbook, node).filter((name) => personal.has(name));
      if (held.length === 0) return;
      const later = reachableAfter(index, position);
      const changed = new Set<string>();
      index.nodes.forEach((candidate, at) => {
        if (later[at] === 1) for (const entity of changedEntities(candidate)) changed.add(entity);
      });
      const needless = held.filter((name) => !changed.has(name));
      if (needless.length === 0) return;
      report(
        node.id,
        `${DescribeNode(node)} copies personal data of ${listNames(needless)}, which no step after it changes: leave ${needless.length === 1 ? 'it' : 'them'} out of the snapshot (name the entities it needs instead of "*")`,
      );
    });
  },
};
