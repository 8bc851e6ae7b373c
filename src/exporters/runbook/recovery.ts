import { durationMs } from '../../lib/duration';
import type { ExecutionPlan, PlanInstance, Target } from '../plan/executionPlan';

/**
 * A rough worst case of the recovery time, the way spec 5 counts it: from the first failure to the
 * end, when the failing node uses all its attempts (timeouts, backoffs) and every undo, restore and
 * approval on the failure path takes its declared time. It is an estimate for the summary, not the
 * RTO analysis (that is the lint engine's critical path).
 */
export function worstRecoveryMs(plan: ExecutionPlan): number {
  const memo = new Map<string, number>();
  const pathMs = (target: Target, seen: Set<string>): number => {
    if (target.kind === 'terminal') return 0;
    const cached = memo.get(target.key);
    if (cached !== undefined) return cached;
    if (seen.has(target.key)) return 0;
    seen.add(target.key);
    const instance = plan.byKey.get(target.key)!;
    const total = ownMs(instance) + Math.max(0, ...successors(instance).map((next) => pathMs(next, seen)));
    seen.delete(target.key);
    memo.set(target.key, total);
    return total;
  };
  let worst = 0;
  for (const instance of plan.instances) {
    const { flow } = instance;
    if (flow.kind === 'action' && flow.onFailure) {
      worst = Math.max(worst, failingMs(instance) + pathMs(flow.onFailure, new Set()));
    }
  }
  return worst;
}

function successors(instance: PlanInstance): Target[] {
  const { flow } = instance;
  switch (flow.kind) {
    case 'trigger':
      return [flow.next];
    case 'action':
      return [flow.next];
    case 'rollback':
      return [flow.next];
    case 'decision':
      return [flow.whenTrue, flow.whenFalse];
    case 'end':
      return [];
  }
}

/** Time a node takes when it succeeds. */
function ownMs(instance: PlanInstance): number {
  const { flow } = instance;
  if (flow.kind === 'rollback')
    return flow.undo.reduce((sum, undo) => sum + durationMs(undo.compensation.duration), 0);
  if (flow.kind !== 'action') return 0;
  const { node } = flow;
  switch (node.kind) {
    case 'step':
    case 'compensation':
    case 'restore':
      return durationMs(node.duration);
    case 'approval':
      return durationMs(node.simulatedWait);
    default:
      return 0;
  }
}

/** Time a node takes when every attempt fails: attempts at their timeout, plus the backoffs between them. */
function failingMs(instance: PlanInstance): number {
  const { flow } = instance;
  if (flow.kind !== 'action') return 0;
  const { node } = flow;
  if (node.kind === 'approval')
    return node.timeout ? durationMs(node.timeout) : durationMs(node.simulatedWait);
  if (node.kind !== 'step' && node.kind !== 'compensation') return ownMs(instance);
  const attemptMs = durationMs(node.timeout ?? node.duration);
  let total = 0;
  for (let attempt = 1; attempt <= node.retry.maxAttempts; attempt += 1) {
    total += attemptMs;
    if (attempt < node.retry.maxAttempts)
      total += durationMs(node.retry.backoff) * node.retry.multiplier ** (attempt - 1);
  }
  return total;
}
