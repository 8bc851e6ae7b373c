import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybookJson } from '../../src/domain/parse';
import { rollbook } from '../cli/cliHarness';
import { rawExample } from '../fixtures/examples';

const DIR = 'test/fixtures/hostile';
const files = readdirSync(DIR).sort();
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function expectPrototypeUntouched() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
}

describe('the hostile-input corpus', () => {
  it('holds at least 200 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(200);
  });

  it.each(files)(
    '%s: refused or accepted as its name says, through the CLI, nothing polluted',
    async (file) => {
      const run = await rollbook('validate', `${DIR}/${file}`, '--json');
      expectPrototypeUntouched();
      if (file.startsWith('accept-')) {
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout)).toEqual({ valid: true, errors: [] });
        expect(run.code).toBe(0);
        return;
      }
      expect([1, 2]).toContain(run.code);
      if (run.code === 2) {
        expect(run.stdout).toBe('');
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        return;
      }
      const report = JSON.parse(run.stdout);
      expect(report.valid).toBe(false);
      expect(report.errors.length).toBeGreaterThan(0);
      for (const error of report.errors) {
        expect(error.path).toMatch(/^(\/.*)?$/);
        expect(error.message.length).toBeGreaterThan(0);
      }
    },
  );

  it('keeps script-like text as text: parse returns exactly the characters given', () => {
    const text = readFileSync(`${DIR}/accept-text-img-onerror-minimal-saga.json`, 'utf8');
    const result = parsePlaybookJson(text);
    expect(result.ok && result.playbook.description).toBe('<img src=x onerror="window.__rollbookCanary=1">');
  });
});

describe('oversized strings', () => {
  it('refuses a 1 MB label with a path, not a hang', () => {
    const doc = rawExample('order-fulfilment-rollback');
    (doc.nodes as Record<string, unknown>[])[2]!.label = 'x'.repeat(1024 * 1024);
    const result = parsePlaybookJson(JSON.stringify(doc));
    expect(!result.ok && result.errors[0]).toEqual(
      expect.objectContaining({ path: '/nodes/2/label', target: 's1' }),
    );
  });

  it('handles 100 KB strings in every string field', () => {
    const big = 'y'.repeat(100 * 1024);
    const stretch = (value: unknown): unknown => {
      if (typeof value === 'string') return big;
      if (Array.isArray(value)) return value.map(stretch);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, stretch(inner)]));
      }
      return value;
    };
    const result = parsePlaybookJson(JSON.stringify(stretch(rawExample('order-fulfilment-rollback'))));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.every((error) => typeof error.path === 'string')).toBe(true);
    expectPrototypeUntouched();
  });
});
