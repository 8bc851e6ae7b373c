import { parsePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import type { ValidationError } from '../domain/validationError';
import type { ParsedArgs } from './args';
import type { CliCommand } from './command';
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

/** What a command over one playbook FILE gets once the file is loaded and parsed. */
export interface PlaybookRun<Options> {
  playbook: Playbook;
  /** The file as read, before parse. */
  document: unknown;
  /** What `readOptions` returned. */
  options: Options;
  args: ParsedArgs;
  io: CliIO;
  json: boolean;
}

/**
 * The `run` of a command over one playbook FILE. Its options are read first (a bad option is
 * exit 2 whatever the file holds), then FILE is loaded and parsed (an invalid playbook prints its
 * errors, exit 1), then `body` runs.
 */
export function overPlaybook<Options>(
  readOptions: (args: ParsedArgs, io: CliIO) => Options | Promise<Options>,
  body: (run: PlaybookRun<Options>) => number | Promise<number>,
): CliCommand['run'] {
  return async (args, io) => {
    const json = args.flags.has('json');
    const options = await readOptions(args, io);
    const loaded = loadPlaybookArg(args.positionals, io, json);
    if (!loaded.ok) return loaded.exitCode;
    return body({ playbook: loaded.playbook, document: loaded.document, options, args, io, json });
  };
}
