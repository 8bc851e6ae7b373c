import type { Playbook } from '../../../src/domain/types';
import { fullestRollback } from '../../../src/exporters/n8n/recovery';
import { buildExecutionPlan } from '../../../src/exporters/plan/executionPlan';

/**
 * The labels of the undos the playbook's fullest rollback runs, newest first: what the simulator
 * runs when the last step fails (the exporters' execution plan, which the meaning tests hold to
 * the simulator). The rollback is chosen as the export chooses it; what is tested is that the
 * n8n file, read back, runs its undos in this order.
 */
export function expectedRecoveryOrder(playbook: Playbook): string[] {
  const rollback = fullestRollback(buildExecutionPlan(playbook));
  return rollback?.flow.kind === 'rollback' ? rollback.flow.undo.map((undo) => undo.compensation.label) : [];
}

/**
 * Walks an imported playbook from its first trigger along `next` edges and the `true` branch of
 * every decision (every step ran, every check held), collecting node labels in visiting order.
 */
export function walkHappyPath(playbook: Playbook): string[] {
  const out = new Map<string, { next?: string; yes?: string }>();
  for (const edge of playbook.edges) {
    const entry = out.get(edge.source) ?? {};
    if (edge.kind === 'next') entry.next = edge.target;
    if (edge.kind === 'branch' && edge.when === true) entry.yes = edge.target;
    out.set(edge.source, entry);
  }
  const labels = new Map(playbook.nodes.map((node) => [node.id, node.label]));
  const trigger = playbook.nodes.find((node) => node.kind === 'trigger');
  const visited: string[] = [];
  const seen = new Set<string>();
  let at = trigger?.id;
  while (at !== undefined && !seen.has(at)) {
    seen.add(at);
    visited.push(labels.get(at) ?? at);
    const edges = out.get(at);
    at = edges?.yes ?? edges?.next;
  }
  return visited;
}
