import { parsePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import type { ValidationError } from '../domain/validationError';
import { type CliIO, CliUsageError, EXIT, printJson } from './io';
import { readJsonFile } from './readInputFile';

export type LoadedPlaybook =
  | {
      ok: true;
      playbook: Playbook;
      /** The file as read, before parse (what `review sign` appends to). */
      document: unknown;
    }
  | { ok: false; exitCode: number };

/** Formats validation errors one per line: `/nodes/3/retry: Node "s2": …`. */
export function formatErrors(errors: readonly ValidationError[]): string {
  return errors.map((error) => `  ${error.path || '/'}  ${error.message}`).join('\n');
}

/**
 * The FILE argument of a command, read and parsed. An invalid playbook prints its errors and gives
 * exit 1 (for `--json`, the `validate` document); an unreadable file throws `CliUsageError` (exit 2).
 */
export function loadPlaybookArg(positionals: string[], io: CliIO, json: boolean): LoadedPlaybook {
  const [file, ...extra] = positionals;
  if (file === undefined) throw new CliUsageError('missing FILE argument');
  if (extra.length > 0) throw new CliUsageError(`unexpected argument ${extra[0]}`);
  const document = readJsonFile(file, io.cwd);
  const result = parsePlaybook(document);
  if (result.ok) return { ok: true, playbook: result.playbook, document };
  if (json) printJson(io, { valid: false, errors: result.errors });
  else
    io.stderr(
      `${file} is not a valid playbook (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}):\n${formatErrors(result.errors)}\n`,
    );
  return { ok: false, exitCode: EXIT.failed };
}
