import { z } from 'zod';
import { lazySchema, once, unwrapped } from './lazySchema';
import { ExpressionSchema, IdSchema } from './scalars';

const invariantBase = once(() => ({
  id: unwrapped(IdSchema).optional(),
  message: z.string().optional(),
}));

export const COUNT_OPS = ['==', '>=', '<='] as const;

/** What a `check` node verifies about the data (spec section 3). */
export const InvariantSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      ...invariantBase(),
      type: z.literal('unique'),
      entity: unwrapped(IdSchema),
      fields: z.array(z.string()).min(1),
    }),
    z.strictObject({
      ...invariantBase(),
      type: z.literal('references'),
      entity: unwrapped(IdSchema),
      field: z.string().optional(),
    }),
    z.strictObject({
      ...invariantBase(),
      type: z.literal('required'),
      entity: unwrapped(IdSchema),
      fields: z.array(z.string()).min(1),
    }),
    z.strictObject({
      ...invariantBase(),
      type: z.literal('count'),
      entity: unwrapped(IdSchema),
      op: z.enum(COUNT_OPS),
      value: z.int().min(0),
    }),
    z.strictObject({
      ...invariantBase(),
      type: z.literal('matchesCheckpoint'),
      checkpoint: unwrapped(IdSchema),
      entities: z.array(unwrapped(IdSchema)).optional(),
    }),
    z.strictObject({ ...invariantBase(), type: z.literal('model') }),
    z.strictObject({ ...invariantBase(), type: z.literal('expression'), expr: unwrapped(ExpressionSchema) }),
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
