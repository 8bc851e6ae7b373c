import { parseDuration } from '../../lib/duration';
import type { IrMessage, IrRetry } from '../ir';

/**
 * The Logic Apps default retry policy, which Power Automate shares: "up to four retries at
 * exponentially increasing intervals, which scale by 7.5 seconds" (Microsoft's "Handle errors
 * and exceptions in Azure Logic Apps", retry policies). Four retries are five attempts.
 */
export const DEFAULT_RETRY: IrRetry = { maxAttempts: 5, backoffMs: 7500, multiplier: 2 };

/** Action types whose requests the platform retries (the others do no I/O that can be retried). */
const RETRYING_TYPES = new Set([
  'http',
  'httpwebhook',
  'apiconnection',
  'apiconnectionwebhook',
  'openapiconnection',
  'openapiconnectionwebhook',
  'apimanagement',
  'function',
  'workflow',
  'serviceprovider',
]);

export interface RetryReading {
  retry?: IrRetry;
  message?: IrMessage;
}

/**
 * An action's `inputs.retryPolicy` as the playbook's retry: `count` retries are `count + 1`
 * attempts; `fixed` waits `interval` each time; `exponential` (and the default) doubles the wait,
 * which is the middle of the random ranges Logic Apps draws from; `none` tries once.
 */
export function readRetryPolicy(type: string, policy: unknown): RetryReading {
  if (!RETRYING_TYPES.has(type.toLowerCase())) return {};
  if (policy === undefined || policy === null) {
    return {
      retry: DEFAULT_RETRY,
      message: info('No retry policy set: the platform default applies (4 retries, exponential from 7.5 s).'),
    };
  }
  if (typeof policy !== 'object' || Array.isArray(policy)) {
    return {
      retry: DEFAULT_RETRY,
      message: warn(
        'The retry policy is not an object: the platform default is assumed (4 retries, exponential from 7.5 s).',
      ),
    };
  }
  const { type: kind, count, interval } = policy as Record<string, unknown>;
  const policyType = typeof kind === 'string' ? kind.toLowerCase() : '';
  if (policyType === 'none')
    return { retry: { maxAttempts: 1, backoffMs: 0 }, message: info('Retry policy none: tried once.') };
  if (policyType === 'default' || policyType === '') {
    return {
      retry: DEFAULT_RETRY,
      message: info('Default retry policy: 4 retries, exponential from 7.5 s.'),
    };
  }
  const retries = typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined;
  const intervalMs = typeof interval === 'string' ? parseDuration(interval) : null;
  if (policyType !== 'fixed' && policyType !== 'exponential') {
    return {
      retry: DEFAULT_RETRY,
      message: warn(`Unknown retry policy type "${String(kind)}": the platform default is assumed.`),
    };
  }
  if (retries === undefined || intervalMs === null) {
    return {
      retry: DEFAULT_RETRY,
      message: warn(
        `The ${policyType} retry policy has no usable count or interval (ISO 8601 duration): the platform default is assumed.`,
      ),
    };
  }
  const retry: IrRetry =
    policyType === 'fixed'
      ? { maxAttempts: retries + 1, backoffMs: intervalMs, multiplier: 1 }
      : { maxAttempts: retries + 1, backoffMs: intervalMs, multiplier: 2 };
  const wording =
    policyType === 'fixed'
      ? `Fixed retry policy: ${retries} retries, ${interval} apart.`
      : `Exponential retry policy: ${retries} retries from ${interval}, doubling (Logic Apps draws each wait at random within a doubling range; the playbook takes the doubling).`;
  return { retry, message: info(wording) };
}

const info = (message: string): IrMessage => ({ level: 'info', message });
const warn = (message: string): IrMessage => ({ level: 'warning', message });
