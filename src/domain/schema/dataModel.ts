import { z } from 'zod';
import { lazySchema, unwrapped } from './lazySchema';
import { DurationSchema, IdSchema, RecordSchema } from './scalars';

export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'timestamp', 'json'] as const;

/** What kind of personal data a field holds (spec section 2, "Personal data and retention"). */
export const PERSONAL_CATEGORIES = ['contact', 'financial', 'health', 'identity', 'other'] as const;

/*
 * The personal-data members (`personal`, `category`, `retention`) have no defaults, unlike the
 * older optional members: a default would be written into every file saved afterwards and into
 * the content hash, so opening an old file would change it and void its approvals
 * (docs/format-decisions.md).
 */
export const FieldSchema = lazySchema(() =>
  z
    .strictObject({
      name: z.string().min(1, { error: 'A field needs a name' }),
      type: z.enum(FIELD_TYPES),
      required: z.boolean().default(false),
      personal: z.boolean().optional(),
      category: z.enum(PERSONAL_CATEGORIES).optional(),
    })
    .refine((field) => field.category === undefined || field.personal === true, {
      error: 'A category describes personal data: add "personal": true, or remove the category',
      path: ['category'],
    }),
);

export const ReferenceSchema = lazySchema(() =>
  z.strictObject({
    field: z.string().min(1),
    entity: unwrapped(IdSchema),
  }),
);

export const EntitySchema = lazySchema(() =>
  z.strictObject({
    name: unwrapped(IdSchema),
    key: z.string().min(1, { error: 'An entity needs a key field' }),
    fields: z.array(unwrapped(FieldSchema)),
    unique: z
      .array(z.array(z.string()).min(1, { error: 'A unique set needs at least one field' }))
      .default([]),
    references: z.array(unwrapped(ReferenceSchema)).default([]),
    /** How long the entity's personal data may be kept; snapshots of it must expire sooner. */
    retention: unwrapped(DurationSchema).optional(),
  }),
);

export const DataModelSchema = lazySchema(() =>
  z.strictObject({
    entities: z.array(unwrapped(EntitySchema)).default([]),
  }),
);

/** Entity name → its records: the known-good state every dry run starts from. */
export const DatasetSchema = lazySchema(() =>
  z.record(z.string(), z.array(RecordSchema, { error: 'Must be a list of records' })),
);
