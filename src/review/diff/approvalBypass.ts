import { computeDominators, type Dominators } from './dominators';
import { type GraphIndex, nodeName } from './graphIndex';
import type { RiskChange } from './types';

/**
 * Approvals that no longer stand between a run and what they guarded.
 *
 * The nodes an approval A *guards* in a version are those a run can reach from a trigger only
 * through A (A dominates them), following `next`, `branch` and `failure` edges. A is *bypassed* when
 * it is still an approval node in the newer version and some node it guarded before is, in the newer
 * version, reachable from a trigger without passing A: a new trigger, an edge added or retargeted
 * around it. An approval removed outright is reported as `approval-removed` instead. Removing edges
 * or nodes only removes paths, so without a new flow edge or trigger this check does no work.
 */
export function findBypassedApprovals(before: GraphIndex, after: GraphIndex): RiskChange[] {
  if (!hasNewPaths(before, after)) return [];
  const beforeDominators = dominatorsOf(before);
  const afterDominators = dominatorsOf(after);
  const afterOrder = new Map(after.playbook.nodes.map((node, index) => [node.id, index]));
  const risks: RiskChange[] = [];
  for (const node of before.playbook.nodes) {
    if (node.kind !== 'approval' || after.nodes.get(node.id)?.kind !== 'approval') continue;
    const exposed = beforeDominators
      .dominated(node.id)
      .filter((id) => afterDominators.reaches(id) && !afterDominators.dominates(node.id, id))
      .sort((a, b) => afterOrder.get(a)! - afterOrder.get(b)!);
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

function dominatorsOf(graph: GraphIndex): Dominators {
  const triggers = graph.playbook.nodes.filter((node) => node.kind === 'trigger').map((node) => node.id);
  return computeDominators(triggers, graph.flow);
}

/** Does `after` have a flow edge (source → target) or a trigger that `before` lacks? */
function hasNewPaths(before: GraphIndex, after: GraphIndex): boolean {
  for (const [source, targets] of after.flow) {
    const old = before.flow.get(source);
    if (targets.some((target) => !old?.includes(target))) return true;
  }
  return after.playbook.nodes.some(
    (node) => node.kind === 'trigger' && before.nodes.get(node.id)?.kind !== 'trigger',
  );
}
