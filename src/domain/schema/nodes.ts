import { z } from 'zod';
import { EffectSchema } from './effects';
import { InvariantSchema } from './invariants';
import { lazySchema, once, unwrapped } from './lazySchema';
import { DurationSchema, ExpressionSchema, IdSchema, TemplateSchema } from './scalars';

// The members every node has, and those of steps and compensations: built once, with the first
// node schema that needs them, and shared by all (as the schemas were when built at import).
const nodeBase = once(() => ({
  id: unwrapped(IdSchema),
  label: z
    .string({ error: 'A node needs a label' })
    .min(1, { error: 'The label is empty' })
    .max(120, { error: 'The label is longer than 120 characters' }),
  description: z.string().optional(),
  owner: unwrapped(IdSchema).optional(),
  position: z.strictObject({ x: z.number(), y: z.number() }).optional(),
}));

export const RetrySchema = lazySchema(() =>
  z.strictObject({
    maxAttempts: z
      .int()
      .min(1, { error: 'At least 1 attempt' })
      .max(100, { error: 'At most 100 attempts' })
      .default(1),
    backoff: unwrapped(DurationSchema).default('PT0S'),
    multiplier: z.number().min(1, { error: 'The backoff multiplier is at least 1' }).max(10).default(1),
  }),
);

const retryDefault = { maxAttempts: 1, backoff: 'PT0S', multiplier: 1 };

const actionFields = once(() => ({
  effects: z.array(unwrapped(EffectSchema)).default([]),
  system: z.string().min(1).optional(),
  duration: unwrapped(DurationSchema).default('PT0S'),
  timeout: unwrapped(DurationSchema).optional(),
  retry: unwrapped(RetrySchema).default(retryDefault),
  idempotent: z.boolean().default(false),
}));

export const TRIGGER_SIGNALS = ['manual', 'alert', 'anomaly', 'schedule'] as const;
export const NOTIFY_CHANNELS = ['email', 'slack', 'teams', 'sms', 'pager', 'webhook', 'status-page'] as const;
export const END_OUTCOMES = ['completed', 'rolled_back', 'restored', 'degraded', 'failed'] as const;

export const TriggerNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('trigger'),
    signal: z.enum(TRIGGER_SIGNALS),
    condition: unwrapped(ExpressionSchema).optional(),
    initiators: z.array(unwrapped(IdSchema)).default([]),
  }),
);

export const StepNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('step'),
    ...actionFields(),
    idempotencyKey: z.string().min(1).optional(),
    irreversible: z
      .strictObject({ reason: z.string().min(1, { error: 'Say why the step cannot be undone' }) })
      .optional(),
    /** The step deletes or anonymises personal data because a person asked (no default: see dataModel.ts). */
    erasure: z.boolean().optional(),
  }),
);

export const CompensationNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('compensation'),
    strategy: z.enum(['revert', 'effects']).default('revert'),
    ...actionFields(),
  }),
);

export const CheckpointNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('checkpoint'),
    entities: z
      .array(z.string())
      .min(1, { error: 'Name at least one entity, or "*" for all' })
      .default(['*']),
    /** After this long the snapshot is deleted (no default: see dataModel.ts). */
    expires: unwrapped(DurationSchema).optional(),
  }),
);

export const RestoreNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('restore'),
    checkpoint: unwrapped(IdSchema),
    entities: z.array(unwrapped(IdSchema)).min(1).optional(),
    duration: unwrapped(DurationSchema).default('PT0S'),
  }),
);

export const RollbackNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('rollback'),
    scope: z.union([z.literal('all'), z.array(unwrapped(IdSchema)).min(1)]).default('all'),
    order: z.literal('reverse-completion').default('reverse-completion'),
  }),
);

export const CheckNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('check'),
    invariants: z.array(unwrapped(InvariantSchema)).min(1, { error: 'A check needs at least one invariant' }),
  }),
);

export const ApprovalNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('approval'),
    approvers: z.array(unwrapped(IdSchema)).min(1, { error: 'Name at least one approver role' }),
    quorum: z.int().min(1).default(1),
    timeout: unwrapped(DurationSchema).optional(),
    simulatedWait: unwrapped(DurationSchema).default('PT0S'),
  }),
);

export const NotifyNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('notify'),
    channel: z.enum(NOTIFY_CHANNELS),
    audience: z.string().min(1, { error: 'Say who is told' }),
    tier: z.int().min(1).max(3).default(1),
    message: unwrapped(TemplateSchema).min(1, { error: 'The message is empty' }),
  }),
);

export const DecisionNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('decision'),
    condition: unwrapped(ExpressionSchema),
  }),
);

export const FailsafeNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('failsafe'),
    mode: z.string().min(1, { error: 'Name the degraded mode, such as "read-only"' }),
    pauses: z.array(z.string()).default([]),
    exitCriteria: z.string().optional(),
  }),
);

export const EndNodeSchema = lazySchema(() =>
  z.strictObject({
    ...nodeBase(),
    kind: z.literal('end'),
    outcome: z.enum(END_OUTCOMES),
  }),
);

/** Every node of a playbook, discriminated by `kind` (spec section 3). */
export const NodeSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    TriggerNodeSchema,
    StepNodeSchema,
    CompensationNodeSchema,
    CheckpointNodeSchema,
    RestoreNodeSchema,
    RollbackNodeSchema,
    CheckNodeSchema,
    ApprovalNodeSchema,
    NotifyNodeSchema,
    DecisionNodeSchema,
    FailsafeNodeSchema,
    EndNodeSchema,
  ]),
);

export const NODE_KINDS = [
  'trigger',
  'step',
  'compensation',
  'checkpoint',
  'restore',
  'rollback',
  'check',
  'approval',
  'notify',
  'decision',
  'failsafe',
  'end',
] as const;
