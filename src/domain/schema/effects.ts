import { z } from 'zod';
import { lazySchema, once, unwrapped } from './lazySchema';
import { ExpressionSchema, IdSchema, jsonObjectSchema, RecordSchema } from './scalars';

/** `match`: fields that must equal the given values (built at import, as `RecordSchema` is: its `.meta`). */
export const MatchSchema = jsonObjectSchema();

export const InsertEffectSchema = lazySchema(() =>
  z.strictObject({
    op: z.literal('insert'),
    entity: unwrapped(IdSchema),
    records: z.array(RecordSchema).min(1, { error: 'An insert needs at least one record' }),
  }),
);

/** Which records an update or a delete acts on: an entity, narrowed by `match` and `where`. */
const targetFields = once(() => ({
  entity: unwrapped(IdSchema),
  match: MatchSchema.optional(),
  where: unwrapped(ExpressionSchema).optional(),
}));

export const UpdateEffectSchema = lazySchema(() =>
  z.strictObject({
    op: z.literal('update'),
    ...targetFields(),
    set: jsonObjectSchema({ nonEmpty: 'An update must set at least one field' }),
  }),
);

export const DeleteEffectSchema = lazySchema(() =>
  z.strictObject({
    op: z.literal('delete'),
    ...targetFields(),
  }),
);

/** A data change made by a step or a compensation (spec section 3). */
export const EffectSchema = lazySchema(() =>
  z.discriminatedUnion('op', [
    unwrapped(InsertEffectSchema),
    unwrapped(UpdateEffectSchema),
    unwrapped(DeleteEffectSchema),
  ]),
);

export const EFFECT_OPS = ['insert', 'update', 'delete'] as const;
