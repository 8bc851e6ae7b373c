import { type OptionSpec, parseArgs } from './args';
import { COMMANDS } from './commands';
import { type CliIO, CliUsageError, EXIT } from './io';

function optionLine(option: OptionSpec): string {
  const value = option.kind === 'flag' ? '' : ` ${option.valueName ?? 'VALUE'}`;
  const repeat = option.kind === 'list' ? ' (repeatable)' : '';
  return `  --${option.name}${value}${repeat}\n      ${option.description}`;
}

export function usage(): string {
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(14)} ${command.summary}`);
  return `Usage: rollbook <command> [FILE] [options]\n\nCommands:\n${lines.join('\n')}\n\nEvery command takes --json. Run "rollbook <command> --help" for its options.\n`;
}

function notACommand(first: string, second: string | undefined): string {
  const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name);
  if (group.length === 0)
    return `rollbook: unknown command "${first}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`;
  const what = second === undefined ? 'missing subcommand' : `unknown subcommand "${second}"`;
  return `rollbook ${first}: ${what} (${group.join(', ')})`;
}

/**
 * Runs one command line and returns the exit code. Bad input of any kind ends here as one line on
 * stderr and exit 2; a bug (an exception that is not a usage error) is reported in one line too,
 * with exit 2, because a stack trace helps no user of the command line.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...afterFirst] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usage());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  // A command of two words (`review verify`) is found by both.
  const twoWords = COMMANDS.find((candidate) => candidate.name === `${first} ${afterFirst[0]}`);
  const command = twoWords ?? COMMANDS.find((candidate) => candidate.name === first);
  const rest = twoWords ? afterFirst.slice(1) : afterFirst;
  if (!command) {
    io.stderr(`${notACommand(first, afterFirst[0])}\n`);
    return EXIT.usage;
  }
  const name = command.name;
  try {
    const args = parseArgs(rest, command.options);
    if (args.flags.has('help')) {
      io.stdout(
        `Usage: ${command.usage}\n\n${command.summary}\n\nOptions:\n${command.options.map(optionLine).join('\n')}\n  --json\n      print exactly one JSON document on stdout\n`,
      );
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`rollbook ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`rollbook ${name}: internal error: ${message.split('\n')[0]} (please report this)\n`);
    return EXIT.usage;
  }
}
