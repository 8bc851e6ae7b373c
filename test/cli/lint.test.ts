import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, examplePath, rawExample } from '../fixtures/examples';
import { rollbook } from './cliHarness';

/** The order example with step s3's compensation removed: a compensation-required error. */
function withoutCompensation(extra: Record<string, unknown> = {}): string {
  const raw = rawExample('order-fulfilment-rollback');
  const nodes = (raw.nodes as { id: string }[]).filter((node) => node.id !== 'c3');
  const edges = (raw.edges as { target: string }[]).filter((edge) => edge.target !== 'c3');
  const file = join(mkdtempSync(join(tmpdir(), 'rollbook-lint-')), 'playbook.json');
  writeFileSync(file, JSON.stringify({ ...raw, nodes, edges, ...extra }));
  return file;
}

describe('rollbook lint', () => {
  it.each(EXAMPLE_NAMES)('exits 0 on the example %s: no error-level finding', async (name) => {
    const { code, stdout } = await rollbook('lint', examplePath(name), '--json');
    const { findings } = JSON.parse(stdout) as { findings: { severity: string }[] };
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('prints exactly { findings: [{ rule, severity, target, message }] } with --json', async () => {
    const { stdout } = await rollbook('lint', examplePath('minimal-saga'), '--json');
    const document = JSON.parse(stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(document)).toEqual(['findings']);
    expect(document.findings.length).toBeGreaterThan(0);
    for (const finding of document.findings) {
      expect(Object.keys(finding).sort()).toEqual(['message', 'rule', 'severity', 'target']);
    }
  });

  it('exits 1 on an error-level finding and names the rule and the node', async () => {
    const { code, stdout } = await rollbook('lint', withoutCompensation(), '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings).toContainEqual(
      expect.objectContaining({ rule: 'compensation-required', severity: 'error', target: 's3' }),
    );
  });

  it('prints a readable report with counts, one line per finding and the RTO budget', async () => {
    const { code, stdout } = await rollbook('lint', withoutCompensation());
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/: 1 error, \d+ warnings?$/);
    expect(lines[1]).toMatch(/^ {2}error {2}compensation-required \[s3\]: /);
    expect(stdout).toMatch(/RTO budget: worst case 1 min 5 s, within the RTO of 15 min/);
  });

  it('lets --rule turn an error off, so the exit code follows the setting in force', async () => {
    const { code } = await rollbook('lint', withoutCompensation(), '--rule', 'compensation-required=off');
    expect(code).toBe(0);
  });

  it("lets --rule override the playbook's x-rollbook-lint", async () => {
    const file = withoutCompensation({ 'x-rollbook-lint': { 'compensation-required': 'warn' } });
    expect((await rollbook('lint', file)).code).toBe(0);
    expect((await rollbook('lint', file, '--rule=compensation-required=error')).code).toBe(1);
  });

  it.each([
    ['an unknown rule', 'no-such-rule=off', /unknown rule "no-such-rule"/],
    ['an unknown severity', 'owner-required=loud', /error, warn or off/],
    ['a malformed value', 'owner-required', /RULE=SEVERITY/],
  ])('exits 2 with one line for %s in --rule', async (_, value, message) => {
    const { code, stderr } = await rollbook('lint', examplePath('minimal-saga'), '--rule', value);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('exits 2 for a file that cannot be read', async () => {
    expect((await rollbook('lint', 'does/not/exist.json')).code).toBe(2);
  });
});
