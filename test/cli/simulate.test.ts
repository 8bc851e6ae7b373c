import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { parsePlaybookJson } from '../../src/domain/parse';

function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => (stdout += text),
    stderr: (text: string) => (stderr += text),
    cwd: process.cwd(),
  };
  return runCli(argv, io).then((code) => ({ code, stdout, stderr }));
}

const EXAMPLES = ['order-fulfilment-rollback', 'crm-merge-duplicates', 'minimal-saga'];
const fileOf = (name: string) => `src/templates/examples/${name}.json`;
const scenarioIds = (name: string) => {
  const parsed = parsePlaybookJson(readFileSync(fileOf(name), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.playbook.scenarios.map((scenario) => scenario.id);
};
const cases = EXAMPLES.flatMap((name) => scenarioIds(name).map((id) => [name, id] as const));

describe('rollbook simulate', () => {
  it.each(cases)('%s / %s meets its expect (exit 0)', async (name, id) => {
    const { code, stdout } = await cli(['simulate', fileOf(name), '--scenario', id, '--json']);
    const result = JSON.parse(stdout);
    expect(result.expectations.filter((entry: { ok: boolean }) => !entry.ok)).toEqual([]);
    expect(result.expectations.length).toBeGreaterThan(0);
    expect(code).toBe(0);
  });

  it('carrier-down recovers in 2000 ms, by the spec arithmetic', async () => {
    // The outage opens when s2 is first reached, at 2 s (after s1's PT2S), for 10 min.
    // s2: attempts at 2 s, 37 s (5 s + 30 s backoff) and 102 s (+5 s + 60 s) all start while the
    // carrier is down, so s2 fails at 107 s: the recovery clock starts. rb1 undoes s1 only
    // (s2 never completed): c1 takes PT2S. k1, n2 and end take no time → recovery 2 s.
    const { stdout } = await cli([
      'simulate',
      fileOf('order-fulfilment-rollback'),
      '--scenario',
      'carrier-down',
      '--json',
    ]);
    const result = JSON.parse(stdout);
    expect([result.elapsedMs, result.recoveryMs, result.withinRto]).toEqual([109_000, 2000, true]);
  });

  it('undo-fails recovers in 63000 ms, by the spec arithmetic', async () => {
    // s1 2 s, s2 5 s, s3 fails after 1 s: the recovery clock starts at 8 s. rb1 starts with the
    // newest completed step, s2: c2 fails after its PT3S (one attempt). c2 has no failure edge, so
    // rb1's failure edge leads to r1, which takes PT1M. k2, n3, end take no time: 3 s + 60 s.
    const { stdout } = await cli([
      'simulate',
      fileOf('order-fulfilment-rollback'),
      '--scenario',
      'undo-fails',
      '--json',
    ]);
    const result = JSON.parse(stdout);
    expect([result.elapsedMs, result.recoveryMs, result.outcome, result.consistent]).toEqual([
      71_000,
      63_000,
      'restored',
      true,
    ]);
  });

  it('the same run twice is byte-identical JSON', async () => {
    const args = ['simulate', fileOf('order-fulfilment-rollback'), '--scenario', 'email-rejected', '--json'];
    const first = await cli(args);
    const second = await cli(args);
    expect(first.stdout).toBe(second.stdout);
  });

  it('prints a readable report without --json', async () => {
    const { code, stdout } = await cli([
      'simulate',
      fileOf('order-fulfilment-rollback'),
      '--scenario',
      'undo-fails',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('outcome      restored at end-restored');
    expect(stdout).toContain('recovery     1 min 3 s (63000 ms), RTO PT15M: within');
    expect(stdout).toContain('ok   consistent: expected true');
  });

  it('--fault injects a fault and an unmet expectation exits 1', async () => {
    const { code, stdout } = await cli([
      'simulate',
      fileOf('minimal-saga'),
      '--scenario',
      'ok',
      '--fault',
      'credit:fail',
      '--json',
    ]);
    expect(JSON.parse(stdout).outcome).toBe('rolled_back');
    expect(code).toBe(1);
  });

  it('a bad --fault, --seed or --scenario exits 2 with one line on stderr', async () => {
    for (const argv of [
      ['--fault', 'credit:explode'],
      ['--fault', 'nope:fail'],
      ['--seed', 'abc'],
      ['--scenario', 'nope'],
    ]) {
      const { code, stderr } = await cli(['simulate', fileOf('minimal-saga'), ...argv]);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
