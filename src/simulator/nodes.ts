import { evaluateExpression, fromCelValue } from '../domain/expressions';
import { renderTemplate } from '../domain/templates';
import type { NodeOf, PlaybookNode } from '../domain/types';
import { runAttempts } from './attempts';
import { evaluateInvariant } from './invariants';
import { memoDurationMs } from './playbookIndex';
import { compensate, rollbackWalk } from './rollback';
import type { NodeResult, RunState } from './state';
import { templateValue } from './templateValues';
import { stepWork } from './work';

function runStep(state: RunState, step: NodeOf<'step'>): NodeResult {
  const outcome = runAttempts(state, step, stepWork(state, step));
  // A partially applied step counts as completed at the moment it failed (rule 5).
  if (outcome.ok || (outcome.wrote && state.journal(step.id).size > 0)) state.pushCompleted(step.id);
  return outcome.ok ? { kind: 'next' } : { kind: 'failed', reason: outcome.reason };
}

function runCheckpoint(state: RunState, node: NodeOf<'checkpoint'>): NodeResult {
  const entities = node.entities.includes('*') ? state.store.entityNames() : node.entities;
  const rows = new Map(entities.map((entity) => [entity, state.store.copyRows(entity)] as const));
  const data = Object.fromEntries([...rows].map(([entity, list]) => [entity, list.map((row) => row.record)]));
  state.snapshots.set(node.id, {
    checkpoint: node.id,
    atMs: state.clock.nowMs,
    order: state.completionCounter,
    data,
    rows,
  });
  if (state.recording)
    state.emit({
      type: 'snapshot',
      node: node.id,
      checkpoint: node.id,
      entities,
      message: `snapshot of ${entities.join(', ')}`,
    });
  return { kind: 'next' };
}

/** Rule 6: put entities back to the snapshot; steps completed after it leave the stack. */
function runRestore(state: RunState, node: NodeOf<'restore'>): NodeResult {
  const metrics = state.nodeMetrics(node.id);
  const attempt = state.countAttempt(node.id);
  metrics.attempts += 1;
  const snapshot = state.snapshots.get(node.checkpoint);
  if (!snapshot) return { kind: 'failed', reason: `the run has not passed checkpoint ${node.checkpoint}` };
  state.spend(node.id, memoDurationMs(node.duration));
  if (state.faults.failsOnce(node.id, attempt))
    return { kind: 'failed', reason: `${node.label} failed (injected fault)` };
  const entities = node.entities ?? [...snapshot.rows.keys()];
  const missing = entities.filter((entity) => !snapshot.rows.has(entity));
  if (missing.length > 0)
    return {
      kind: 'failed',
      reason: `checkpoint ${node.checkpoint} holds no snapshot of ${missing.join(', ')}`,
    };
  for (const entity of entities) {
    const rows = snapshot.rows.get(entity)!;
    state.store.replaceAll(entity, rows);
    state.restored.set(entity, { checkpoint: node.checkpoint, rows });
  }
  state.lastRestoreCheckpoint = node.checkpoint;
  const dropped = state.dropFromStackAfter(snapshot.order);
  metrics.status = 'completed';
  if (state.recording)
    state.emit({
      type: 'restore',
      node: node.id,
      checkpoint: node.checkpoint,
      entities,
      droppedSteps: dropped,
      message: `restored ${entities.join(', ')} from ${node.checkpoint}${dropped.length > 0 ? `; ${dropped.join(', ')} leave the compensation stack` : ''}`,
    });
  return { kind: 'next' };
}

function runRollback(state: RunState, node: NodeOf<'rollback'>): NodeResult {
  const outcome = rollbackWalk(state, node.scope, node.id);
  if (outcome.ok) return { kind: 'next' };
  const compensationFailure = state.edge(outcome.compensation, 'failure');
  if (compensationFailure) return { kind: 'goto', edge: compensationFailure };
  return { kind: 'failed', reason: `compensation ${outcome.compensation} failed: ${outcome.reason}` };
}

function runCheck(state: RunState, node: NodeOf<'check'>): NodeResult {
  const ctx = {
    store: state.store,
    model: state.model,
    scope: state.scope,
    now: state.clock.date(),
    snapshots: state.snapshots,
  };
  const failed: string[] = [];
  const messages: string[] = [];
  node.invariants.forEach((invariant, index) => {
    const violations = evaluateInvariant(invariant, ctx);
    if (violations.length === 0) return;
    failed.push(invariant.id ?? `${invariant.type}#${index}`);
    messages.push(...violations.map((violation) => violation.message));
  });
  if (state.recording)
    state.emit({
      type: 'check',
      node: node.id,
      passed: failed.length === 0,
      failed,
      message: failed.length === 0 ? `all ${node.invariants.length} invariants hold` : messages.join('; '),
    });
  return failed.length === 0
    ? { kind: 'next' }
    : { kind: 'failed', reason: `${node.label}: ${messages.join('; ')}` };
}

function runApproval(state: RunState, node: NodeOf<'approval'>): NodeResult {
  const decision = state.approvals[node.id] ?? 'approve';
  const waitedMs =
    decision === 'timeout' && node.timeout !== undefined
      ? memoDurationMs(node.timeout)
      : memoDurationMs(node.simulatedWait);
  state.spend(node.id, waitedMs);
  if (state.recording)
    state.emit({
      type: 'approval',
      node: node.id,
      decision,
      waitedMs,
      message:
        decision === 'approve'
          ? 'approved'
          : decision === 'reject'
            ? 'rejected'
            : 'no answer before the timeout',
    });
  return decision === 'approve'
    ? { kind: 'next' }
    : { kind: 'failed', reason: `approval ${decision === 'reject' ? 'rejected' : 'timed out'}` };
}

function runDecision(state: RunState, node: NodeOf<'decision'>): NodeResult {
  const result = evaluateExpression(node.condition, state.scope.variables(state.store, state.clock.date()));
  if (!result.ok) return { kind: 'failed', reason: `condition "${node.condition}": ${result.error.message}` };
  const value = fromCelValue(result.value);
  if (typeof value !== 'boolean')
    return {
      kind: 'failed',
      reason: `condition "${node.condition}" gave ${JSON.stringify(value)}, not true or false`,
    };
  const edge = state.outgoing
    .get(node.id)
    ?.find((candidate) => candidate.kind === 'branch' && candidate.when === value);
  if (state.recording)
    state.emit({
      type: 'decision',
      node: node.id,
      value,
      edge: edge?.id ?? null,
      message: `condition is ${value}`,
    });
  return edge
    ? { kind: 'goto', edge }
    : { kind: 'end', outcome: 'failed', endNode: null, reason: `dead end at ${node.id}: no ${value} branch` };
}

/** Reached by a plain edge rather than a rollback: it undoes its own step, if that is on the stack. */
function runCompensationReached(state: RunState, node: NodeOf<'compensation'>): NodeResult {
  const stepId = state.stepOf.get(node.id);
  if (stepId === undefined || !state.isOnStack(stepId)) return { kind: 'next' };
  const outcome = compensate(state, node, stepId, undefined);
  return outcome.ok ? { kind: 'next' } : { kind: 'failed', reason: outcome.reason };
}

function runNotify(state: RunState, node: NodeOf<'notify'>): NodeResult {
  const text = renderTemplate(node.message, (name) => templateValue(state, node, name));
  if (state.recording)
    state.emit({
      type: 'notify',
      node: node.id,
      channel: node.channel,
      audience: node.audience,
      tier: node.tier,
      text,
      message: `${node.channel} to ${node.audience}: ${text}`,
    });
  return { kind: 'next' };
}

function runFailsafe(state: RunState, node: NodeOf<'failsafe'>): NodeResult {
  if (state.recording)
    state.emit({
      type: 'failsafe',
      node: node.id,
      mode: node.mode,
      pauses: node.pauses,
      message: `degraded mode: ${node.mode}${node.pauses.length > 0 ? `; paused ${node.pauses.join(', ')}` : ''}`,
    });
  return { kind: 'next' };
}

type Visitor<K extends PlaybookNode['kind']> = (state: RunState, node: NodeOf<K>) => NodeResult;

/**
 * What each node kind does when the walk reaches it (spec section 5, rules 3–9). A table rather
 * than a switch: the mapped type refuses to compile when a kind is missing, as `assertNever` did.
 */
const VISITORS: { [K in PlaybookNode['kind']]: Visitor<K> } = {
  trigger: () => ({ kind: 'next' }),
  step: runStep,
  compensation: runCompensationReached,
  checkpoint: runCheckpoint,
  restore: runRestore,
  rollback: runRollback,
  check: runCheck,
  approval: runApproval,
  notify: runNotify,
  decision: runDecision,
  failsafe: runFailsafe,
  end: (_state, node) => ({ kind: 'end', outcome: node.outcome, endNode: node.id, reason: node.label }),
};

/** Does one node's work and says where the walk goes. */
export function visitNode(state: RunState, node: PlaybookNode): NodeResult {
  // The table pairs each kind with its own visitor; TypeScript cannot follow `node.kind` through it.
  const visit = VISITORS[node.kind] as (state: RunState, node: PlaybookNode) => NodeResult;
  return visit(state, node);
}
