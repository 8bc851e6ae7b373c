import { z } from 'zod';
import { lazySchema, once } from './lazySchema';
import { ExpressionSchema, IdSchema } from './scalars';

const invariantBase = once(() => ({
  id: IdSchema.optional(),
  message: z.string().optional(),
}));

export const COUNT_OPS = ['==', '>=', '<='] as const;

/** What a `check` node verifies about the data (spec section 3). */
export const InvariantSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      ...invariantBase(),
      type: z.literal('unique'),
      entity: IdSchema,
      fields: z.array(z.string()).min(1),
    }),
    z.strictObject({
      ...invariantBase(),
      type: z.literal('references'),
      entity: IdSchema,
      field: z.string().optional(),
    }),
    z.strictObject({
      ...invariantBase(),
      type: z.literal('required'),
      entity: IdSchema,
      fields: z.array(z.string()).min(1),
    }),
    z.strictObject({
      ...invariantBase(),
      type: z.literal('count'),
      entity: IdSchema,
      op: z.enum(COUNT_OPS),
      value: z.int().min(0),
    }),
    z.strictObject({
      ...invariantBase(),
      type: z.literal('matchesCheckpoint'),
      checkpoint: IdSchema,
      entities: z.array(IdSchema).optional(),
    }),
    z.strictObject({ ...invariantBase(), type: z.literal('model') }),
    z.strictObject({ ...invariantBase(), type: z.literal('expression'), expr: ExpressionSchema }),
  ]),
);

export const INVARIANT_TYPES = [
  'unique',
  'references',
  'required',
  'count',
  'matchesCheckpoint',
  'model',
  'expression',
] as const;
