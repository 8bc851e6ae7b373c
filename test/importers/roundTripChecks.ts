import type { Playbook, PlaybookNode } from '../../src/domain/types';
import { buildExecutionPlan } from '../../src/exporters/plan/executionPlan';
import { durationMs } from '../../src/lib/duration';

/**
 * What a round trip (export, then import) must give back of a playbook (issue 17 item 2): its
 * steps, their compensations, their order, retries and failure paths, its approvals and
 * decisions, except what the export's `losses` declared. Returns the differences in words.
 */
export function roundTripDifferences(
  original: Playbook,
  imported: Playbook,
  losses: readonly string[],
): string[] {
  const problems: string[] = [];
  // What a run can reach: the exporters' execution plan (a restore before its checkpoint, for one,
  // always fails, so what follows it is in no export).
  const reached = new Set(buildExecutionPlan(original).instances.map((instance) => instance.nodeId));
  const byLabel = (kind: PlaybookNode['kind'], label: string) =>
    imported.nodes.find((node) => node.kind === kind && node.label === label);
  // A loss names a node by its id, "(c1)" or "(c1, strategy…", or by its quoted label.
  const lost = (id: string) => {
    const node = original.nodes.find((candidate) => candidate.id === id);
    return losses.some(
      (loss) =>
        loss.includes(`(${id})`) ||
        loss.includes(`(${id},`) ||
        (node !== undefined && loss.includes(`"${node.label}"`)),
    );
  };

  const steps = original.nodes.filter((node) => node.kind === 'step' && reached.has(node.id));
  for (const step of steps) {
    const back = byLabel('step', step.label);
    if (back?.kind !== 'step' || step.kind !== 'step') {
      problems.push(`step "${step.label}" is missing`);
      continue;
    }
    if (step.retry.maxAttempts > 1) {
      if (back.retry.maxAttempts !== step.retry.maxAttempts)
        problems.push(
          `step "${step.label}": ${back.retry.maxAttempts} attempts, not ${step.retry.maxAttempts}`,
        );
      const want = durationMs(step.retry.backoff);
      const got = durationMs(back.retry.backoff);
      const rounded = lost(step.id) && got === Math.max(1000, Math.ceil(want / 1000) * 1000);
      if (got !== want && !rounded)
        problems.push(`step "${step.label}": backoff ${back.retry.backoff}, not ${step.retry.backoff}`);
      if (back.retry.multiplier !== step.retry.multiplier && !lost(step.id))
        problems.push(
          `step "${step.label}": multiplier ${back.retry.multiplier}, not ${step.retry.multiplier}`,
        );
    } else if (back.retry.maxAttempts !== 1) problems.push(`step "${step.label}" gained retries`);
    const undo = compensationOf(original, step.id);
    const undoBack = compensationOf(imported, back.id);
    if (undo && undoBack?.label !== undo.label && !lost(undo.id))
      problems.push(`step "${step.label}": undo "${undoBack?.label}", not "${undo.label}"`);
    if (!undo && undoBack) problems.push(`step "${step.label}" gained the undo "${undoBack.label}"`);
  }

  for (const kind of ['step', 'approval'] as const) {
    for (const node of original.nodes.filter((n) => n.kind === kind && reached.has(n.id))) {
      const back = byLabel(kind, node.label);
      if (!back) {
        if (kind === 'approval') problems.push(`approval "${node.label}" is missing`);
        continue;
      }
      const had = original.edges.some((edge) => edge.source === node.id && edge.kind === 'failure');
      const has = imported.edges.some((edge) => edge.source === back.id && edge.kind === 'failure');
      if (had !== has) problems.push(`${kind} "${node.label}": failure path ${has ? 'gained' : 'lost'}`);
    }
  }
  // No approval appears that the playbook lacks (BPMN also draws the ones no run reaches).
  for (const approval of imported.nodes.filter((node) => node.kind === 'approval'))
    if (!original.nodes.some((node) => node.kind === 'approval' && node.label === approval.label))
      problems.push(`approval "${approval.label}" was added`);
  for (const decision of original.nodes.filter((node) => node.kind === 'decision' && reached.has(node.id)))
    if (!byLabel('decision', decision.label)) problems.push(`decision "${decision.label}" is missing`);

  // Order: a step that comes after another (by next and branch edges) still does.
  const importedTrigger = triggerOf(imported);
  for (const first of steps) {
    const a = byLabel('step', first.label);
    if (!a) continue;
    const after = forwardReach(original, first.id);
    const afterBack = forwardReach(imported, a.id);
    for (const second of steps) {
      if (second === first || !after.has(second.id)) continue;
      const b = byLabel('step', second.label);
      if (b && !afterBack.has(b.id))
        problems.push(`"${second.label}" no longer comes after "${first.label}"`);
    }
  }
  if (!importedTrigger) problems.push('no trigger');
  return problems;
}

const triggerOf = (playbook: Playbook) => playbook.nodes.find((node) => node.kind === 'trigger')?.id ?? '';

const compensationOf = (playbook: Playbook, step: string) => {
  const edge = playbook.edges.find(
    (candidate) => candidate.source === step && candidate.kind === 'compensate',
  );
  return edge ? playbook.nodes.find((node) => node.id === edge.target) : undefined;
};

/** Nodes reached from `start` along next and branch edges (the run's forward order). */
function forwardReach(playbook: Playbook, start: string): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const id = pending.pop()!;
    for (const edge of playbook.edges) {
      if (edge.source !== id || (edge.kind !== 'next' && edge.kind !== 'branch') || seen.has(edge.target))
        continue;
      seen.add(edge.target);
      pending.push(edge.target);
    }
  }
  if (start === triggerOf(playbook)) seen.add(start);
  return seen;
}
