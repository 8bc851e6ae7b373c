import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_PLAYBOOK_FILE_BYTES, MAX_PLAYBOOK_FILE_MB } from '../domain/fileLimits';
import { parseJsonText } from '../domain/parse';
import { CliUsageError } from './io';

/**
 * Reads a JSON input file. Every way it can be unusable (missing, a directory, empty, binary,
 * over 20 MB, not JSON) is a `CliUsageError` with one line, which the CLI prints and exits 2 on.
 */
export function readJsonFile(file: string, cwd: string): unknown {
  const text = readInputText(file, cwd);
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new CliUsageError(`${file}: ${parsed.message}`);
  return parsed.value;
}

/** Reads an input file as text with the same refusals as `readJsonFile` (for XML and YAML inputs too). */
export function readInputText(file: string, cwd: string): string {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliUsageError(`${file} is a directory, not a playbook file`);
    if (!stat.isFile()) throw new CliUsageError(`${file} is not a regular file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new CliUsageError(`${file}: no such file`);
    if (code === 'EACCES') throw new CliUsageError(`${file}: permission denied`);
    throw new CliUsageError(`${file}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (size > MAX_PLAYBOOK_FILE_BYTES) {
    throw new CliUsageError(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; playbooks over ${MAX_PLAYBOOK_FILE_MB} MB are refused`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliUsageError(
      `${file}: cannot be read (${(error as { code?: string }).code ?? 'unknown error'})`,
    );
  }
  if (bytes.length === 0) throw new CliUsageError(`${file} is empty`);
  if (bytes.includes(0)) throw new CliUsageError(`${file} is a binary file, not JSON`);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
