import { CURRENT_SCHEMA_VERSION } from '../schema/playbook';
import { type ValidationError, validationError } from '../validationError';

/**
 * Ordered, named migrations from one schema version to the next (tldraw style). Each `up` takes
 * the raw document of version `from` and returns one of version `from + 1`; each has a test against
 * frozen fixtures of its old version in test/fixtures/migrations/ (never edited: see the README
 * there; test/domain/migrationFixtures.test.ts runs them). Version 1 is the first, so the list is
 * empty; the next format change adds `{ id: 'v1-to-v2-…', from: 1, up }` here.
 */
export interface Migration {
  id: string;
  from: number;
  up: (document: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  | { ok: true; document: unknown; applied: string[] }
  | { ok: false; errors: ValidationError[] };

/**
 * Brings a raw document up to the current schema version. A newer version than this build knows
 * is refused with a message saying so: guessing at a future format could silently lose data.
 */
export function migrate(input: unknown, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      errors: [
        validationError(
          [],
          'A playbook is a JSON object, with "format", "schemaVersion", "nodes" and "edges"',
        ),
      ],
    };
  }
  const version = (input as Record<string, unknown>).schemaVersion;
  if (version === undefined) return { ok: true, document: input, applied: [] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      errors: [validationError(['schemaVersion'], '"schemaVersion" must be a whole number, 1 or more')],
    };
  }
  const current = migrations.reduce(
    (latest, migration) => Math.max(latest, migration.from + 1),
    CURRENT_SCHEMA_VERSION,
  );
  if (version > current) {
    return {
      ok: false,
      errors: [
        validationError(
          ['schemaVersion'],
          `This playbook uses format version ${version}, newer than the version ${current} this Rollbook understands. Update Rollbook to open it.`,
        ),
      ],
    };
  }
  let document = input as Record<string, unknown>;
  const applied: string[] = [];
  for (let from = version; from < current; from += 1) {
    const migration = migrations.find((candidate) => candidate.from === from);
    if (!migration) {
      return {
        ok: false,
        errors: [validationError(['schemaVersion'], `No migration from format version ${from}`)],
      };
    }
    document = { ...migration.up(document), schemaVersion: from + 1 };
    applied.push(migration.id);
  }
  return { ok: true, document, applied };
}
