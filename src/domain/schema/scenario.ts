import { z } from 'zod';
import { EffectSchema } from './effects';
import { lazySchema, once, unwrapped } from './lazySchema';
import { END_OUTCOMES, type NODE_KINDS } from './nodes';
import { DurationSchema, IdSchema, TimestampSchema } from './scalars';

export const FAULT_TYPES = ['fail', 'timeout', 'partial', 'duplicate', 'outage', 'corrupt'] as const;

/**
 * Spec section 5, "Faults": the node kinds each fault type acts on (`corrupt`: any node). The lint
 * rule `scenario-targets` and the canvas's fault menu both read this one table.
 */
export const FAULT_APPLIES_TO: Readonly<
  Record<(typeof FAULT_TYPES)[number], readonly (typeof NODE_KINDS)[number][] | 'any'>
> = {
  fail: ['step', 'compensation', 'restore'],
  timeout: ['step', 'compensation'],
  partial: ['step'],
  duplicate: ['step'],
  outage: ['step', 'compensation'],
  corrupt: 'any',
};

/** How many of the first attempts a fault affects; absent means all of them. */
const attempts = once(() => z.int().min(1, { error: 'At least 1 attempt' }).optional());

/** A fault injected into a dry run (spec section 5, "Faults"). */
export const FaultSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ node: unwrapped(IdSchema), type: z.literal('fail'), attempts: attempts() }),
    z.strictObject({ node: unwrapped(IdSchema), type: z.literal('timeout'), attempts: attempts() }),
    z.strictObject({
      node: unwrapped(IdSchema),
      type: z.literal('partial'),
      fraction: z.number().gt(0, { error: 'The fraction is above 0' }).max(1).default(0.5),
    }),
    z.strictObject({ node: unwrapped(IdSchema), type: z.literal('duplicate') }),
    // The spec gives no default outage; PT10M is the drill's, so a bare `node:outage` means the same.
    z.strictObject({
      node: unwrapped(IdSchema),
      type: z.literal('outage'),
      duration: unwrapped(DurationSchema).default('PT10M'),
    }),
    z.strictObject({
      node: unwrapped(IdSchema),
      type: z.literal('corrupt'),
      mutation: unwrapped(EffectSchema),
    }),
  ]),
);

export const RUN_OUTCOMES = [...END_OUTCOMES, 'rollback_incomplete'] as const;
export const APPROVAL_DECISIONS = ['approve', 'reject', 'timeout'] as const;

export const ExpectSchema = lazySchema(() =>
  z.strictObject({
    outcome: z.enum(RUN_OUTCOMES).optional(),
    consistent: z.boolean().optional(),
    withinRto: z.boolean().optional(),
    endNode: unwrapped(IdSchema).optional(),
    dataMatches: z.string().optional(),
  }),
);

export const ScenarioSchema = lazySchema(() =>
  z.strictObject({
    id: unwrapped(IdSchema),
    name: z.string().min(1).max(200),
    trigger: unwrapped(IdSchema).optional(),
    startAt: unwrapped(TimestampSchema).optional(),
    faults: z.array(unwrapped(FaultSchema)).default([]),
    approvals: z.record(z.string(), z.enum(APPROVAL_DECISIONS)).default({}),
    expect: unwrapped(ExpectSchema).default({}),
  }),
);
