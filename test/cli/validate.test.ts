import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, examplePath, rawExample } from '../fixtures/examples';
import { rollbook } from './cliHarness';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollbook-validate-'));
});

const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('rollbook validate', () => {
  it.each(EXAMPLE_NAMES)('accepts the %s example with exit 0', async (name) => {
    const run = await rollbook('validate', examplePath(name));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('valid playbook');
  });

  it('prints { valid, errors } with --json', async () => {
    const run = await rollbook('validate', examplePath('minimal-saga'), '--json');
    expect(JSON.parse(run.stdout)).toEqual({ valid: true, errors: [] });
  });

  it('rejects an invalid playbook with exit 1 and JSON Pointer paths', async () => {
    const doc = rawExample('minimal-saga');
    (doc.edges as Record<string, unknown>[])[0]!.target = 'rb2';
    const run = await rollbook('validate', write('dangling.json', JSON.stringify(doc)), '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.valid).toBe(false);
    expect(report.errors).toContainEqual(
      expect.objectContaining({ path: '/edges/0/target', message: expect.stringContaining('"rb2"') }),
    );
  });

  it('lists the errors in words without --json', async () => {
    const doc = rawExample('minimal-saga');
    (doc.nodes as Record<string, unknown>[])[1]!.duration = 'soon';
    const run = await rollbook('validate', write('duration.json', JSON.stringify(doc)));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\/nodes\/1\/duration .*"soon" is not a duration/);
  });
});

describe('unusable input exits 2 with one line on stderr', () => {
  const cases: [string, () => string][] = [
    ['a missing file', () => join(dir, 'nope.json')],
    ['a directory', () => dir],
    ['an empty file', () => write('empty.json', '')],
    ['a non-JSON file', () => write('text.json', 'format: rollbook\n')],
    ['a truncated JSON file', () => write('cut.json', '{"format": "rollbook.playbook", "nodes": [')],
    ['a binary file', () => write('binary.json', Buffer.from([0x7b, 0x00, 0x01, 0xff, 0x7d]))],
    ['a file over 20 MB', () => write('huge.json', `"${'a'.repeat(21 * 1024 * 1024)}"`)],
  ];

  it.each(cases)('%s', async (_name, file) => {
    const run = await rollbook('validate', file());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('an unknown option', async () => {
    const run = await rollbook('validate', examplePath('minimal-saga'), '--strict');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option --strict');
  });

  it('an unknown command', async () => {
    const run = await rollbook('valdiate', examplePath('minimal-saga'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command');
  });

  it('a missing FILE argument', async () => {
    const run = await rollbook('validate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing FILE');
  });
});

describe('rollbook schema', () => {
  it('prints the JSON Schema of the format with exit 0', async () => {
    const run = await rollbook('schema');
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.properties.format.const).toBe('rollbook.playbook');
  });
});
