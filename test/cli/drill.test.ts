import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

function cli(argv: string[]) {
  let stdout = '';
  const io = { stdout: (text: string) => (stdout += text), stderr: () => {}, cwd: process.cwd() };
  return runCli(argv, io).then((code) => ({ code, stdout }));
}

describe('rollbook drill', () => {
  it('prints { runs, summary } with --json, the summary counting the runs', async () => {
    const { code, stdout } = await cli([
      'drill',
      'src/templates/examples/crm-merge-duplicates.json',
      '--json',
    ]);
    const { runs, summary } = JSON.parse(stdout);
    expect(Object.keys(summary)).toEqual([
      'runs',
      'consistent',
      'withinRto',
      'notReached',
      'worstRecoveryMs',
    ]);
    expect(summary.runs + summary.notReached).toBe(runs.length);
    expect(code).toBe(summary.consistent === summary.runs && summary.notReached === 0 ? 0 : 1);
  });

  it('exits 1 when a node is not reached (the last compensation of minimal-saga)', async () => {
    const { code, stdout } = await cli(['drill', 'src/templates/examples/minimal-saga.json']);
    expect(stdout).toContain('undo-credit:fail');
    expect(stdout).toContain('NOT REACHED');
    expect(code).toBe(1);
  });
});
