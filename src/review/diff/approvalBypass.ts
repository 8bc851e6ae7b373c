import { type GraphIndex, nodeName } from './graphIndex';
import type { RiskChange } from './types';

/**
 * Approvals that no longer stand between a run and what they guarded.
 *
 * The nodes an approval A *guards* in a version are those a run can reach from a trigger, but only
 * through A (A dominates them), following `next`, `branch` and `failure` edges. A is *bypassed* when
 * it is still an approval node in the newer version and some node it guarded before (and that still
 * exists) is now reachable from a trigger without passing A: a new trigger, a retargeted or added
 * edge around it. An approval removed outright is reported as `approval-removed` instead. Cost: three
 * graph walks per approval of the older version.
 */
export function findBypassedApprovals(before: GraphIndex, after: GraphIndex): RiskChange[] {
  const risks: RiskChange[] = [];
  const reachableBefore = reachable(before);
  for (const node of before.playbook.nodes) {
    if (node.kind !== 'approval' || after.nodes.get(node.id)?.kind !== 'approval') continue;
    if (!reachableBefore.has(node.id)) continue;
    const withoutBefore = reachable(before, node.id);
    const guarded = new Set([...reachableBefore].filter((id) => id !== node.id && !withoutBefore.has(id)));
    if (guarded.size === 0) continue;
    const withoutAfter = reachable(after, node.id);
    const exposed = after.playbook.nodes
      .filter((candidate) => guarded.has(candidate.id) && withoutAfter.has(candidate.id))
      .map((candidate) => candidate.id);
    if (exposed.length === 0) continue;
    const shown = exposed.slice(0, 3).map((id) => nodeName(after.nodes.get(id), id));
    const more = exposed.length > 3 ? ` and ${exposed.length - 3} more` : '';
    risks.push({
      kind: 'approval-bypassed',
      target: node.id,
      related: exposed,
      message: `Approval ${nodeName(node, node.id)} can now be skipped: ${shown.join(', ')}${more} can be reached without passing it.`,
    });
  }
  return risks;
}

/** Node ids a run can reach from any trigger, never entering `skip`. */
function reachable(graph: GraphIndex, skip?: string): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const node of graph.playbook.nodes) {
    if (node.kind === 'trigger' && node.id !== skip) {
      seen.add(node.id);
      queue.push(node.id);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const target of graph.flow.get(queue[head]!) ?? []) {
      if (target === skip || seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}
