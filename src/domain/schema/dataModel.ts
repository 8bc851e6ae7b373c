import { z } from 'zod';
import { IdSchema, RecordSchema } from './scalars';

export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'timestamp', 'json'] as const;

export const FieldSchema = z.strictObject({
  name: z.string().min(1, { error: 'A field needs a name' }),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
});

export const ReferenceSchema = z.strictObject({
  field: z.string().min(1),
  entity: IdSchema,
});

export const EntitySchema = z.strictObject({
  name: IdSchema,
  key: z.string().min(1, { error: 'An entity needs a key field' }),
  fields: z.array(FieldSchema),
  unique: z.array(z.array(z.string()).min(1, { error: 'A unique set needs at least one field' })).default([]),
  references: z.array(ReferenceSchema).default([]),
});

export const DataModelSchema = z.strictObject({
  entities: z.array(EntitySchema).default([]),
});

/** Entity name → its records: the known-good state every dry run starts from. */
export const DatasetSchema = z.record(
  z.string(),
  z.array(RecordSchema, { error: 'Must be a list of records' }),
);
