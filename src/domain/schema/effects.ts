import { z } from 'zod';
import { ExpressionSchema, IdSchema, jsonObjectSchema, RecordSchema } from './scalars';

/** `match`: fields that must equal the given values. */
export const MatchSchema = jsonObjectSchema();

export const InsertEffectSchema = z.strictObject({
  op: z.literal('insert'),
  entity: IdSchema,
  records: z.array(RecordSchema).min(1, { error: 'An insert needs at least one record' }),
});

export const UpdateEffectSchema = z.strictObject({
  op: z.literal('update'),
  entity: IdSchema,
  match: MatchSchema.optional(),
  where: ExpressionSchema.optional(),
  set: jsonObjectSchema({ nonEmpty: 'An update must set at least one field' }),
});

export const DeleteEffectSchema = z.strictObject({
  op: z.literal('delete'),
  entity: IdSchema,
  match: MatchSchema.optional(),
  where: ExpressionSchema.optional(),
});

/** A data change made by a step or a compensation (spec section 3). */
export const EffectSchema = z.discriminatedUnion('op', [
  InsertEffectSchema,
  UpdateEffectSchema,
  DeleteEffectSchema,
]);

export const EFFECT_OPS = ['insert', 'update', 'delete'] as const;
