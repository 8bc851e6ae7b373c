import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CliIO, CliUsageError } from './io';

/**
 * Writes a command's output file and returns its absolute path. `exclusive` refuses to replace an
 * existing file (a key file: overwriting one loses the key); `mode` sets its permissions on
 * creation (0o600 for a private key). Every failure is one line and exit 2.
 */
export function writeOutputFile(
  file: string,
  text: string,
  io: CliIO,
  options: { exclusive?: boolean; mode?: number } = {},
): string {
  const path = resolve(io.cwd, file);
  try {
    writeFileSync(path, text, {
      flag: options.exclusive ? 'wx' : 'w',
      ...(options.mode === undefined ? {} : { mode: options.mode }),
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') throw new CliUsageError(`${file} already exists; it is not replaced`);
    throw new CliUsageError(`${file}: cannot be written (${code ?? 'unknown error'})`);
  }
  return path;
}
