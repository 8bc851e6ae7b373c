import { z } from 'zod';
import { parseDuration } from '../../lib/duration';
import { lazySchema } from './lazySchema';

/** Quotes what the user wrote, shortened so a huge value cannot flood the message. */
export function quoteInput(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Node, edge, role, scenario and entity ids (spec section 1). */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

export const IdSchema = lazySchema(() =>
  z.string({ error: 'Must be an id (text)' }).regex(ID_PATTERN, {
    error:
      'Must be an id: a letter, then up to 63 letters, digits, "_", "." or "-" (for example "s1" or "book-shipment")',
  }),
);

/** ISO 8601 duration of days, hours, minutes and seconds; kept as text in the document. */
export const DurationSchema = lazySchema(() =>
  z.string({ error: 'Must be a duration such as "PT15M"' }).refine((text) => parseDuration(text) !== null, {
    error: (issue) =>
      `${quoteInput(issue.input)} is not a duration: use ISO 8601 days, hours, minutes, seconds, such as "PT15M", "PT0.5S" or "P1DT2H" (no years, months or weeks)`,
  }),
);

const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** ISO 8601 date-time in UTC with `Z`. */
export const TimestampSchema = lazySchema(() =>
  z
    .string({ error: 'Must be a UTC date-time such as "2025-01-01T00:00:00Z"' })
    .refine((text) => TIMESTAMP_PATTERN.test(text) && !Number.isNaN(Date.parse(text)), {
      error: (issue) => `${quoteInput(issue.input)} is not a UTC date-time such as "2025-01-01T00:00:00Z"`,
    }),
);

/** A CEL expression. Its syntax is checked in the reference pass, which knows where it sits. */
export const ExpressionSchema = lazySchema(() =>
  z.string({ error: 'Must be an expression (text)' }).min(1, { error: 'The expression is empty' }),
);

/** A string in which `{{name}}` is replaced; names are checked in the reference pass. */
export const TemplateSchema = lazySchema(() => z.string({ error: 'Must be text' }));

/**
 * True for JSON values: null, booleans, finite numbers, strings, arrays and plain objects of them.
 * Iterative, so deep nesting cannot exhaust the stack (depth is bounded earlier by `findUnsafeKeys`).
 */
export function isJsonValue(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return false;
      continue;
    }
    if (Array.isArray(current)) {
      for (const item of current) pending.push(item);
      continue;
    }
    if (typeof current !== 'object') return false;
    const proto = Object.getPrototypeOf(current);
    if (proto !== Object.prototype && proto !== null) return false;
    for (const key in current) pending.push((current as Record<string, unknown>)[key]);
  }
  return true;
}

const JSON_VALUE_ERROR = 'Must be a JSON value (text, number, true/false, null, list or object)';

/** A plain object: not null, not a list, not an instance of a class. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A JSON object of field values: a record, an update's `set`, a `match`. One check per object
 * instead of `z.record(z.string(), …)`, which ran a key schema and a value schema for every field
 * (most of the time of parsing a large playbook's effects, and much of its garbage); the
 * messages are the same: a non-object is an `invalid_type` worded by `fromZodIssues`, a bad
 * value is reported at its own key. The object is kept, not copied: documents are never mutated
 * in place. `nonEmpty` refuses an object without fields, with that message.
 */
export function jsonObjectSchema(options: { nonEmpty?: string } = {}) {
  return (
    z
      .custom<Record<string, unknown>>()
      // `check` rather than `superRefine`: the same issues without a helper object per value.
      .check((payload) => {
        const value = payload.value;
        if (!isPlainObject(value)) {
          payload.issues.push({ code: 'invalid_type', expected: 'record', input: value, continue: false });
          return;
        }
        let empty = true;
        for (const key in value) {
          empty = false;
          if (!isJsonValue(value[key]))
            payload.issues.push({
              code: 'custom',
              path: [key],
              message: JSON_VALUE_ERROR,
              input: value[key],
            });
        }
        if (empty && options.nonEmpty !== undefined)
          payload.issues.push({ code: 'custom', message: options.nonEmpty, input: value });
      })
      .meta({ type: 'object', propertyNames: { type: 'string' }, additionalProperties: {} })
  );
}

/**
 * A record: a plain JSON object of field values. Built at import, not lazily: its JSON Schema is
 * its `.meta`, which zod's registry keeps per object, so a lazy proxy (another object) would lose
 * it; and it is three of zod's objects, not the hundreds of the playbook's schema.
 */
export const RecordSchema = jsonObjectSchema();
