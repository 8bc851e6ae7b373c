import { z } from 'zod';
import { parseDuration } from '../../lib/duration';

/** Node, edge, role, scenario and entity ids (spec section 1). */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

export const IdSchema = z.string({ error: 'Must be an id (text)' }).regex(ID_PATTERN, {
  error:
    'Must be an id: a letter, then up to 63 letters, digits, "_", "." or "-" (for example "s1" or "book-shipment")',
});

/** ISO 8601 duration of days, hours, minutes and seconds; kept as text in the document. */
export const DurationSchema = z
  .string({ error: 'Must be a duration such as "PT15M"' })
  .refine((text) => parseDuration(text) !== null, {
    error: (issue) =>
      `"${String(issue.input)}" is not a duration: use ISO 8601 days, hours, minutes, seconds, such as "PT15M", "PT0.5S" or "P1DT2H" (no years, months or weeks)`,
  });

const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** ISO 8601 date-time in UTC with `Z`. */
export const TimestampSchema = z
  .string({ error: 'Must be a UTC date-time such as "2025-01-01T00:00:00Z"' })
  .refine((text) => TIMESTAMP_PATTERN.test(text) && !Number.isNaN(Date.parse(text)), {
    error: (issue) => `"${String(issue.input)}" is not a UTC date-time such as "2025-01-01T00:00:00Z"`,
  });

/** A CEL expression. Its syntax is checked in the reference pass, which knows where it sits. */
export const ExpressionSchema = z
  .string({ error: 'Must be an expression (text)' })
  .min(1, { error: 'The expression is empty' });

/** A string in which `{{name}}` is replaced; names are checked in the reference pass. */
export const TemplateSchema = z.string({ error: 'Must be text' });

/** Any JSON value, as record fields hold. */
export const JsonValueSchema = z.json({ error: 'Must be a JSON value' });

/** A record: a plain JSON object of field values. */
export const RecordSchema = z.record(z.string(), JsonValueSchema, {
  error: 'A record must be a JSON object',
});
