import type { PlaybookNode } from '../../domain/types';
import { mustPassBeforeEnd } from '../dataflow';
import { DescribeNode } from '../describe';
import type { GraphIndex } from '../graphIndex';
import { graphIndexOf } from '../graphIndex';
import {
  erasedEntities,
  listNames,
  reachableAfter,
  restoredEntities,
  revertibleEntities,
} from '../personalData';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** Positions of the erasure steps, with the entities each erases. */
function erasuresOf(index: GraphIndex): { position: number; entities: Set<string> }[] {
  const out: { position: number; entities: Set<string> }[] = [];
  index.nodes.forEach((node, position) => {
    // Most nodes erase nothing: no set for them (issue 20, lint at 5,000 nodes).
    if (node.kind !== 'step' || node.erasure !== true) return;
    const entities = erasedEntities(node);
    if (entities.size > 0) out.push({ position, entities });
  });
  return out;
}

/**
 * A restore of a snapshot taken before an erasure, or a `revert` compensation whose before-images
 * predate one, can put erased personal data back (spec section 2). Restores (decisions 21-22 in
 * docs/format-decisions.md): the graph has a path checkpoint → erasure step → restore, the restore
 * covers an erased entity, and some success path from the restore reaches an end without an
 * erasure step of that entity (the safe pattern re-applies the erasures after restoring).
 * Compensations (decision 23): the erasure step's own `revert` compensation, and a `revert`
 * compensation of a step that changes an entity an erasure step reachable after it erases.
 * One reachability search per checkpoint and erasure step, and one backward pass per entity.
 */
export const restoreResurrectsErased: LintRule = {
  id: 'restore-resurrects-erased',
  meta: RULE_META['restore-resurrects-erased'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    const erasures = erasuresOf(index);
    if (erasures.length === 0) return;
    const reapplied = new Map<string, Uint8Array>();
    const reappliesErasureOf = (entity: string, position: number): boolean => {
      let value = reapplied.get(entity);
      if (!value) {
        value = mustPassBeforeEnd(index, (node: PlaybookNode) => erasedEntities(node).has(entity));
        reapplied.set(entity, value);
      }
      return position !== -1 && value[position] === 1;
    };

    index.nodes.forEach((node, position) => {
      if (node.kind === 'restore') {
        const checkpointAt = index.positionOf.get(node.checkpoint);
        const checkpoint = checkpointAt === undefined ? undefined : index.nodes[checkpointAt];
        if (checkpointAt === undefined || checkpoint?.kind !== 'checkpoint') return;
        const afterCheckpoint = reachableAfter(index, checkpointAt);
        const restored = new Set(restoredEntities(playbook, node, checkpoint));
        const resurrected = new Set<string>();
        const erasers = new Set<string>();
        for (const erasure of erasures) {
          if (afterCheckpoint[erasure.position] !== 1) continue;
          if (reachableAfter(index, erasure.position)[position] !== 1) continue;
          for (const entity of erasure.entities) {
            if (!restored.has(entity) || reappliesErasureOf(entity, index.next[position]!)) continue;
            resurrected.add(entity);
            erasers.add(index.nodes[erasure.position]!.id);
          }
        }
        if (resurrected.size === 0) return;
        report(
          node.id,
          `${DescribeNode(node)} can put back ${listNames([...resurrected])} from checkpoint "${checkpoint.id}", taken before the erasure step ${listNames([...erasers])} ran: records a person asked to erase would come back. After the restore, apply the erasures recorded since the checkpoint again (an erasure step on every path to an end)`,
        );
        return;
      }
      if (node.kind !== 'compensation' || node.strategy !== 'revert') return;
      const stepAt = index.compensatedStep[position]!;
      if (stepAt === -1) return;
      const step = index.nodes[stepAt]!;
      const ownErasure = erasedEntities(step);
      if (ownErasure.size > 0) {
        report(
          node.id,
          `${DescribeNode(node)} reverts the erasure step "${step.id}": it would write the erased records of ${listNames([...ownErasure])} back. An erasure must not be undone: remove the compensation and mark the step irreversible`,
        );
        return;
      }
      const touched = revertibleEntities(step);
      const later = reachableAfter(index, stepAt);
      const hits = new Set<string>();
      for (const erasure of erasures) {
        if (later[erasure.position] !== 1) continue;
        for (const entity of erasure.entities) if (touched.has(entity)) hits.add(entity);
      }
      if (hits.size === 0) return;
      report(
        node.id,
        `${DescribeNode(node)} writes back the records of ${listNames([...hits])} that "${step.id}" changed, as they were before it, and an erasure step can run in between: erased personal data would come back. Use strategy "effects" that puts back only what is not personal`,
      );
    });
  },
};
