import type { PlaybookNode } from '../../domain/types';
import { parseDuration } from '../../lib/duration';
import { findBypassedApprovals } from './approvalBypass';
import { diffFields } from './fieldDiff';
import { type GraphIndex, nodeName } from './graphIndex';
import { RISK_KINDS, type RiskChange } from './types';

/**
 * The risk-relevant changes from `before` to `after`, grouped in {@link RISK_KINDS} order and, within
 * a kind, in node-list order. Each says what changed and why it matters for a rollback.
 */
export function findRisks(before: GraphIndex, after: GraphIndex): RiskChange[] {
  const risks = [
    ...compensationRisks(before, after),
    ...checkpointRisks(before, after),
    ...approvalRemovals(before, after),
    ...findBypassedApprovals(before, after),
    ...irreversibleAdditions(before, after),
    ...rtoRisk(before, after),
    ...failureEdgeRemovals(before, after),
    ...retryReductions(before, after),
  ];
  const rank = (risk: RiskChange) => RISK_KINDS.indexOf(risk.kind);
  return risks.sort((a, b) => rank(a) - rank(b));
}

/** For each step in both versions: its compensation removed, replaced, or changed in behaviour. */
function compensationRisks(before: GraphIndex, after: GraphIndex): RiskChange[] {
  const risks: RiskChange[] = [];
  for (const step of after.playbook.nodes) {
    if (step.kind !== 'step' || before.nodes.get(step.id)?.kind !== 'step') continue;
    const oldId = before.compensationOf.get(step.id);
    if (oldId === undefined) continue;
    const newId = after.compensationOf.get(step.id);
    const old = before.nodes.get(oldId);
    if (newId === undefined) {
      risks.push({
        kind: 'compensation-removed',
        target: step.id,
        related: [oldId],
        message: `Step ${nodeName(step, step.id)} no longer has a compensation (was ${nodeName(old, oldId)}): a rollback will skip it and leave its changes in place.`,
      });
      continue;
    }
    const changed = behaviourFields(old, after.nodes.get(newId));
    if (newId === oldId && changed.length === 0) continue;
    const what =
      newId === oldId
        ? `changed (${changed.join(', ')})`
        : `was replaced by ${nodeName(after.nodes.get(newId), newId)}`;
    risks.push({
      kind: 'compensation-changed',
      target: step.id,
      related: newId === oldId ? [newId] : [oldId, newId],
      message: `The compensation of step ${nodeName(step, step.id)} ${what}: a rollback will undo this step differently.`,
    });
  }
  return risks;
}

/** Paths of the fields that change what a compensation does: all but its label, description and position. */
function behaviourFields(before: PlaybookNode | undefined, after: PlaybookNode | undefined): string[] {
  const strip = (node: PlaybookNode | undefined) => {
    if (node === undefined) return {};
    const { label: _label, description: _description, position: _position, id: _id, ...behaviour } = node;
    return behaviour;
  };
  return diffFields(strip(before), strip(after)).map((change) => change.path.slice(1) || '/');
}

function checkpointRisks(before: GraphIndex, after: GraphIndex): RiskChange[] {
  const risks: RiskChange[] = [];
  for (const node of before.playbook.nodes) {
    if (node.kind !== 'checkpoint') continue;
    const current = after.nodes.get(node.id);
    if (current?.kind !== 'checkpoint') {
      risks.push({
        kind: 'checkpoint-removed',
        target: node.id,
        related: [],
        message: `Checkpoint ${nodeName(node, node.id)} was removed: there is no snapshot to restore the data from at that point.`,
      });
      continue;
    }
    const covers = (entities: readonly string[], name: string) =>
      entities.includes('*') || entities.includes(name);
    const lost = node.entities.includes('*')
      ? current.entities.includes('*')
        ? []
        : ['*']
      : node.entities.filter((name) => !covers(current.entities, name));
    if (lost.length === 0) continue;
    risks.push({
      kind: 'checkpoint-narrowed',
      target: node.id,
      related: [],
      message: `Checkpoint ${nodeName(current, node.id)} no longer snapshots ${lost.includes('*') ? 'every entity' : lost.join(', ')}: a restore from it cannot bring that data back.`,
    });
  }
  return risks;
}

function approvalRemovals(before: GraphIndex, after: GraphIndex): RiskChange[] {
  return before.playbook.nodes
    .filter((node) => node.kind === 'approval' && after.nodes.get(node.id)?.kind !== 'approval')
    .map((node) => ({
      kind: 'approval-removed' as const,
      target: node.id,
      related: [],
      message: `Approval ${nodeName(node, node.id)} was removed: the run goes on without anyone approving.`,
    }));
}

/** A step that is irreversible now and was not (new, or newly marked). */
function irreversibleAdditions(before: GraphIndex, after: GraphIndex): RiskChange[] {
  const risks: RiskChange[] = [];
  for (const node of after.playbook.nodes) {
    if (node.kind !== 'step' || node.irreversible === undefined) continue;
    const old = before.nodes.get(node.id);
    if (old?.kind === 'step' && old.irreversible !== undefined) continue;
    risks.push({
      kind: 'irreversible-added',
      target: node.id,
      related: [],
      message: `Step ${nodeName(node, node.id)} ${old === undefined ? 'was added and is' : 'is now'} irreversible ("${node.irreversible.reason}"): no rollback can undo it.`,
    });
  }
  return risks;
}

/** The RTO objective grown, or removed (an unbounded recovery time). A new RTO only tightens. */
function rtoRisk(before: GraphIndex, after: GraphIndex): RiskChange[] {
  const old = before.playbook.objectives.rto;
  if (old === undefined) return [];
  const current = after.playbook.objectives.rto;
  const oldMs = parseDuration(old) ?? 0;
  if (current !== undefined && (parseDuration(current) ?? 0) <= oldMs) return [];
  const message =
    current === undefined
      ? `The RTO objective (${old}) was removed: recovery time is no longer bounded or checked.`
      : `The RTO objective grew from ${old} to ${current}: a slower recovery now passes.`;
  return [{ kind: 'rto-grown', target: null, related: [], message }];
}

/** A node, in both versions, that had a failure edge and now has none. */
function failureEdgeRemovals(before: GraphIndex, after: GraphIndex): RiskChange[] {
  const risks: RiskChange[] = [];
  for (const node of before.playbook.nodes) {
    const oldTargets = before.failureTargets.get(node.id);
    const current = after.nodes.get(node.id);
    if (oldTargets === undefined || current === undefined || after.failureTargets.has(node.id)) continue;
    // What the run does without a failure edge (spec section 5, "Failure").
    const consequence =
      current.kind === 'step'
        ? 'a failure there now triggers the implicit rollback and ends the run'
        : 'a failure there now ends the run as failed';
    const targets = oldTargets.map((id) => nodeName(before.nodes.get(id), id)).join(', ');
    risks.push({
      kind: 'failure-edge-removed',
      target: node.id,
      related: oldTargets,
      message: `${nodeName(current, node.id)} lost its failure edge (to ${targets}): ${consequence}.`,
    });
  }
  return risks;
}

function retryReductions(before: GraphIndex, after: GraphIndex): RiskChange[] {
  const risks: RiskChange[] = [];
  for (const node of after.playbook.nodes) {
    if (node.kind !== 'step' && node.kind !== 'compensation') continue;
    const old = before.nodes.get(node.id);
    if (old?.kind !== node.kind) continue;
    const was = old.retry.maxAttempts;
    const now = node.retry.maxAttempts;
    if (now >= was) continue;
    risks.push({
      kind: 'retry-reduced',
      target: node.id,
      related: [],
      message: `${nodeName(node, node.id)} now makes at most ${now} attempt${now === 1 ? '' : 's'} instead of ${was}: a transient fault now fails it sooner.`,
    });
  }
  return risks;
}
