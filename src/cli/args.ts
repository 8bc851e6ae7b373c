import { parseArgs as parseNodeArgs } from 'node:util';
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

/** Option-table entries, one call each: `option.value('output', 'OUT', 'write here', 'o')`. */
export const option = {
  flag: (name: string, description: string): OptionSpec => ({ name, kind: 'flag', description }),
  value: (name: string, valueName: string, description: string, short?: string): OptionSpec => ({
    name,
    kind: 'value',
    valueName,
    description,
    ...(short === undefined ? {} : { short }),
  }),
  list: (name: string, valueName: string, description: string): OptionSpec => ({
    name,
    kind: 'list',
    valueName,
    description,
  }),
};

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

/**
 * Reads `--name value`, `--name=value`, `-x value` and positionals with node's `parseArgs`; anything
 * unknown is a usage error. Node's strict mode is not used: it refuses a value that starts with a
 * dash (`--seed -5`), and its messages name node's rules rather than ours. Its tokens are checked
 * here instead, in command-line order, so the first problem is the one reported.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const all = [...COMMON, ...specs];
  const options = Object.fromEntries(
    all.map((spec) => [
      spec.name,
      {
        type: spec.kind === 'flag' ? ('boolean' as const) : ('string' as const),
        ...(spec.short && { short: spec.short }),
      },
    ]),
  );
  const { tokens } = parseNodeArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), values: new Map(), lists: new Map() };
  for (const token of tokens) {
    if (token.kind === 'positional') parsed.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = all.find((candidate) => candidate.name === token.name);
    // Node reads `-hx` as `-h -x` and `-ofile` as `-o file`; this command line never did.
    const asTyped = argv[token.index]!;
    if (!spec || (token.rawName.length === 2 && asTyped !== token.rawName))
      throw new CliUsageError(`unknown option ${asTyped}`);
    if (spec.kind === 'flag') {
      if (token.value !== undefined) throw new CliUsageError(`option --${spec.name} takes no value`);
      parsed.flags.add(spec.name);
      continue;
    }
    const { value } = token;
    if (value === undefined)
      throw new CliUsageError(`option --${spec.name} needs a value (${spec.valueName ?? 'VALUE'})`);
    if (spec.kind === 'value') parsed.values.set(spec.name, value);
    else parsed.lists.set(spec.name, [...(parsed.lists.get(spec.name) ?? []), value]);
  }
  return parsed;
}
