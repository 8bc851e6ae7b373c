import { CliUsageError } from './io';

/** An option a command accepts besides `--json` and `--help`. */
export interface OptionSpec {
  name: string;
  short?: string;
  /** `flag` takes no value; `value` takes one; `list` may repeat. */
  kind: 'flag' | 'value' | 'list';
  valueName?: string;
  description: string;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
  lists: Map<string, string[]>;
}

const COMMON: OptionSpec[] = [
  { name: 'json', kind: 'flag', description: 'print exactly one JSON document on stdout' },
  { name: 'help', short: 'h', kind: 'flag', description: 'show this help' },
];

/** Reads `--name value`, `--name=value`, `-x value` and positionals; anything unknown is a usage error. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const all = [...COMMON, ...specs];
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), values: new Map(), lists: new Map() };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    const [rawName, inlineValue] = arg.startsWith('--')
      ? splitOnce(arg.slice(2), '=')
      : [arg.slice(1), undefined];
    const spec = all.find(
      (candidate) => (arg.startsWith('--') ? candidate.name : candidate.short) === rawName,
    );
    if (!spec) throw new CliUsageError(`unknown option ${arg}`);
    if (spec.kind === 'flag') {
      if (inlineValue !== undefined) throw new CliUsageError(`option --${spec.name} takes no value`);
      parsed.flags.add(spec.name);
      continue;
    }
    const value = inlineValue ?? argv[++index];
    if (value === undefined)
      throw new CliUsageError(`option --${spec.name} needs a value (${spec.valueName ?? 'VALUE'})`);
    if (spec.kind === 'value') parsed.values.set(spec.name, value);
    else parsed.lists.set(spec.name, [...(parsed.lists.get(spec.name) ?? []), value]);
  }
  return parsed;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
