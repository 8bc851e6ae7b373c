import { describe, expect, it } from 'vitest';
import { type OptionSpec, parseArgs } from '../../src/cli/args';

const SPECS: OptionSpec[] = [
  { name: 'seed', kind: 'value', valueName: 'N', description: 'seed' },
  { name: 'fault', kind: 'list', valueName: 'NODE:TYPE', description: 'fault' },
  { name: 'output', short: 'o', kind: 'value', valueName: 'OUT', description: 'output' },
  { name: 'force', kind: 'flag', description: 'force' },
];

const parse = (...argv: string[]) => parseArgs(argv, SPECS);
const usageError = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    return (error as Error).message;
  }
  return null;
};

describe('command-line arguments', () => {
  it('reads --name value, --name=value, a short option, flags, lists and positionals', () => {
    const args = parse(
      'plan.json',
      '--seed',
      '7',
      '--fault=s1:timeout',
      '--fault',
      's2:error',
      '-o',
      'out.yaml',
    );
    expect(args.positionals).toEqual(['plan.json']);
    expect(args.values.get('seed')).toBe('7');
    expect(args.values.get('output')).toBe('out.yaml');
    expect(args.lists.get('fault')).toEqual(['s1:timeout', 's2:error']);
    expect(parse('--force', '--json', '-h').flags).toEqual(new Set(['force', 'json', 'help']));
  });

  it('takes the next argument as the value even when it starts with a dash', () => {
    expect(parse('--seed', '-5').values.get('seed')).toBe('-5');
    expect(parse('--output', '--json').values.get('output')).toBe('--json');
  });

  it('reads everything after -- and a lone - as positionals', () => {
    expect(parse('-', '--', '--force', 'x').positionals).toEqual(['-', '--force', 'x']);
    expect(parse('--', '--force').flags.size).toBe(0);
  });

  it('refuses what it does not know, as typed, in command-line order', () => {
    expect(usageError('--strict', '--seed')).toBe('unknown option --strict');
    expect(usageError('--strict=1')).toBe('unknown option --strict=1');
    expect(usageError('-x')).toBe('unknown option -x');
    expect(usageError('-hx')).toBe('unknown option -hx');
    expect(usageError('-oout.yaml')).toBe('unknown option -oout.yaml');
  });

  it('refuses a value on a flag and a value option without one', () => {
    expect(usageError('--force=yes')).toBe('option --force takes no value');
    expect(usageError('--json=')).toBe('option --json takes no value');
    expect(usageError('plan.json', '--seed')).toBe('option --seed needs a value (N)');
    expect(usageError('-o')).toBe('option --output needs a value (OUT)');
  });
});
