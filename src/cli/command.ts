import type { OptionSpec, ParsedArgs } from './args';
import type { CliIO } from './io';

/** One `rollbook <command>`: its help text, its options, and what it does. Returns the exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec[];
  run: (args: ParsedArgs, io: CliIO) => number | Promise<number>;
}
