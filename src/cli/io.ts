/** Where a command writes; a test passes its own and reads what was written. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Working directory for relative paths. */
  cwd: string;
  /**
   * The built CLI file, which drill worker threads run (src/cli/drillThreads.ts). Without it (the
   * tests run the commands in-process) the drill runs in this thread.
   */
  drillWorkerEntry?: URL;
}

/** A problem with how the command was called or with its input file: exit code 2, one line. */
export class CliUsageError extends Error {}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Prints exactly one JSON document, as `--json` promises. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
