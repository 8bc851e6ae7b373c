import type { ValidationError } from '../domain/validationError';

/**
 * Why a repository operation did not happen, as a value the toolbar can show ("Not saved: storage
 * is full"). `reason` is the short phrase after "Not saved:"; `message` is a sentence that says
 * what to do. Nothing here is thrown: every repository method returns a {@link Result}.
 */
export type RepositoryError =
  | { kind: 'quota-exceeded'; reason: string; message: string }
  | { kind: 'blocked'; reason: string; message: string }
  | { kind: 'unavailable'; reason: string; message: string }
  | { kind: 'closed'; reason: string; message: string }
  | {
      kind: 'conflict';
      reason: string;
      message: string;
      /** The version stored now, written by another tab since this writer last read. */
      storedVersion: number;
      lastWriter: string;
      storedAt: string;
    }
  | { kind: 'not-found'; reason: string; message: string; id: string }
  | { kind: 'damaged'; reason: string; message: string; id: string }
  | { kind: 'invalid'; reason: string; message: string; errors: ValidationError[] }
  | { kind: 'unknown'; reason: string; message: string };

export type RepositoryErrorKind = RepositoryError['kind'];

/** Success with a value, or a {@link RepositoryError}. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: RepositoryError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: RepositoryError): Result<T> => ({ ok: false, error });

export function notFound(id: string): RepositoryError {
  return {
    kind: 'not-found',
    id,
    reason: 'playbook not found',
    message: 'This playbook is not in the library (it may have been deleted in another tab).',
  };
}

export function damaged(id: string): RepositoryError {
  return {
    kind: 'damaged',
    id,
    reason: 'playbook is damaged',
    message: 'This stored playbook cannot be read. Download its raw JSON from the library to recover it.',
  };
}

export function invalid(errors: ValidationError[]): RepositoryError {
  const first = errors[0];
  const where = first && first.path !== '' ? ` at ${first.path}` : '';
  return {
    kind: 'invalid',
    errors,
    reason: 'not a valid playbook',
    message: first
      ? `Not a valid playbook${where}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`
      : 'Not a valid playbook.',
  };
}

export function conflict(storedVersion: number, lastWriter: string, storedAt: string): RepositoryError {
  return {
    kind: 'conflict',
    storedVersion,
    lastWriter,
    storedAt,
    reason: 'changed in another tab',
    message:
      'This playbook was saved in another tab since this one loaded it. Reload it, keep both (save yours as a copy), or overwrite the other version.',
  };
}

const QUOTA: RepositoryError = {
  kind: 'quota-exceeded',
  reason: 'storage is full',
  message:
    'The browser refused to store more data for Rollbook. Your work is still open here: export it to a file, then free space by deleting old playbooks or emptying the trash.',
};

const UNAVAILABLE: RepositoryError = {
  kind: 'unavailable',
  reason: 'browser storage is unavailable',
  message:
    'This browser does not let Rollbook use its storage (IndexedDB), for example in a private window or with site data blocked. Export your work to a file to keep it.',
};

/** Names of errors, Dexie's and IndexedDB's, and the inner errors they wrap, outermost first. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

/**
 * Maps an exception from Dexie or IndexedDB to a {@link RepositoryError}. A quota error may come
 * as the error itself or as the inner error of an AbortError (Dexie docs), so the whole chain of
 * inner errors is inspected.
 */
export function fromStorageException(error: unknown): RepositoryError {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return QUOTA;
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError')) return UNAVAILABLE;
  if (names.includes('VersionError')) {
    return {
      kind: 'blocked',
      reason: 'Rollbook was updated in another tab',
      message: 'Another tab runs a newer Rollbook and upgraded the storage. Reload this tab to continue.',
    };
  }
  if (names.includes('DatabaseClosedError')) {
    return {
      kind: 'closed',
      reason: 'storage was closed',
      message:
        'The storage connection was closed, usually because a newer Rollbook opened in another tab. Reload this tab; your open work is kept until you do.',
    };
  }
  if (names.includes('OpenFailedError')) return UNAVAILABLE;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'unknown',
    reason: 'storage error',
    message: `The browser's storage reported an error (${detail}). Export your work to a file to keep it.`,
  };
}

/** The error for an upgrade held up by an older tab that keeps the database open. */
export const BLOCKED: RepositoryError = {
  kind: 'blocked',
  reason: 'storage is blocked by another tab',
  message:
    'Another Rollbook tab is holding the storage open with an older version. Close or reload the other Rollbook tabs.',
};
