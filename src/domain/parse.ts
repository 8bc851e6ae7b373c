import { migrate } from './migrations';
import { checkReferences } from './references';
import { PlaybookSchema } from './schema/playbook';
import type { Playbook } from './types';
import { findUnsafeKeys } from './unsafeKeys';
import type { ValidationError } from './validationError';
import { fromZodIssues } from './zodIssues';

export type ParseResult =
  | { ok: true; playbook: Playbook; migrations: string[] }
  | { ok: false; errors: ValidationError[] };

/**
 * The one way data becomes a playbook: unsafe keys refused → migrate → shape (zod, defaults
 * applied) → references. Used by load, import, paste and the CLI. Never throws for bad input.
 */
export function parsePlaybook(input: unknown): ParseResult {
  const unsafe = findUnsafeKeys(input);
  if (unsafe.length > 0) return { ok: false, errors: unsafe };

  const migrated = migrate(input);
  if (!migrated.ok) return migrated;

  const shape = PlaybookSchema.safeParse(migrated.document);
  if (!shape.success) return { ok: false, errors: fromZodIssues(shape.error.issues, migrated.document) };

  const errors = checkReferences(shape.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, playbook: shape.data, migrations: migrated.applied };
}

/** Parses JSON text; a syntax error is reported with its line and column, never thrown. */
export function parsePlaybookJson(text: string): ParseResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, errors: [{ path: '', message: parsed.message }] };
  return parsePlaybook(parsed.value);
}

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; message: string };

/** `JSON.parse` with a message a person can act on (line and column) instead of an exception. */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: 'The file is empty' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    // One line: engines quote the offending text, which may hold line breaks.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    const position = /position (\d+)/.exec(reason);
    if (position) {
      const offset = Number(position[1]);
      const before = body.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      return {
        ok: false,
        message: `Not valid JSON at line ${line}, column ${column}: ${reason.replace(/ in JSON at position \d+.*$/, '')}`,
      };
    }
    return { ok: false, message: `Not valid JSON: ${reason}` };
  }
}

/** The native file text of a playbook: stable key order as parsed, two-space indent. */
export function serializePlaybook(playbook: Playbook): string {
  return `${JSON.stringify(playbook, null, 2)}\n`;
}
