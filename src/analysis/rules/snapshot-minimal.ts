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

/**
 * A checkpoint takes no entity with personal fields that nothing after it changes (decision 26 in
 * docs/format-decisions.md): "after" is every node a run can reach from the checkpoint, and a
 * change is any effect of a step or of an `effects` compensation. One reachability search per
 * checkpoint that holds personal data.
 */
export const snapshotMinimal: LintRule = {
  id: 'snapshot-minimal',
  meta: {
    description:
      'A checkpoint copies an entity with personal fields only when a step or compensation after it changes that entity.',
    rationale:
      'A restore only needs what the run can damage. Copying every table "just in case" makes one more copy of personal data to protect, expire and erase from, for no recovery benefit (data minimisation, GDPR article 5(1)(c)).',
    defaultSeverity: 'warn',
  },
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
