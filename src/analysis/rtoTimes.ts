import type { NodeOf, PlaybookNode } from '../domain/types';
import { durationMs } from '../lib/duration';

/**
 * Worst-case time of everything a step or compensation can do before it succeeds or gives up
 * (spec section 5, item 3), in ms:
 *
 *   attempt   = max(duration, timeout ?? duration)       an attempt that times out takes `timeout`
 *   waits     = Σ_{k=1}^{n-1} ceil(backoff × multiplier^(k-1))   after failed attempt k
 *   worst     = n × attempt + waits                       n = retry.maxAttempts
 *
 * Success on the last attempt and failure of every attempt take the same time, and an earlier
 * success takes less, so this bounds both. Each wait is rounded up so that the bound also holds
 * for an engine that rounds the waits to whole milliseconds. Faults add no time of their own: an
 * outage fails attempts but each still takes `duration`; a duplicate costs nothing.
 *
 * @example worstAttemptsMs({ duration: 'PT5S', timeout: 'PT30S', retry: { maxAttempts: 3, backoff: 'PT30S', multiplier: 2 } })
 *   // 3 × 30 000 + 30 000 + 60 000 = 180 000
 */
export function worstAttemptsMs(node: NodeOf<'step'> | NodeOf<'compensation'>): number {
  const duration = durationMs(node.duration);
  const attempt = Math.max(duration, node.timeout === undefined ? duration : durationMs(node.timeout));
  const { maxAttempts, backoff, multiplier } = node.retry;
  const backoffMs = durationMs(backoff);
  let waits = 0;
  for (let k = 1; k < maxAttempts; k += 1) waits += Math.ceil(backoffMs * multiplier ** (k - 1));
  return maxAttempts * attempt + waits;
}

/**
 * Worst-case time spent in one node, rollbacks aside (they are the sum of their compensations,
 * computed by the caller, which knows the scope):
 * - step, compensation: {@link worstAttemptsMs};
 * - restore: its `duration`;
 * - approval: the longer of `simulatedWait` (approved or rejected) and `timeout` (timed out; an
 *   approval without a timeout that times out is taken to wait `simulatedWait`);
 * - every other kind takes no simulated time (spec section 5, item 9).
 */
export function worstNodeMs(node: PlaybookNode): number {
  switch (node.kind) {
    case 'step':
    case 'compensation':
      return worstAttemptsMs(node);
    case 'restore':
      return durationMs(node.duration);
    case 'approval': {
      const wait = durationMs(node.simulatedWait);
      return Math.max(wait, node.timeout === undefined ? wait : durationMs(node.timeout));
    }
    case 'trigger':
    case 'checkpoint':
    case 'rollback':
    case 'check':
    case 'notify':
    case 'decision':
    case 'failsafe':
    case 'end':
      return 0;
  }
}
