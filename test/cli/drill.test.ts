import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('exits 1 when a node is not reached (a compensation no drill run executes)', async () => {
    // s1 writes nothing, so no fault ever puts it on the compensation stack: c1 never runs.
    const file = join(mkdtempSync(join(tmpdir(), 'rollbook-drill-')), 'unreached.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'rollbook.playbook',
        schemaVersion: 1,
        id: 'unreached',
        name: 'Unreached compensation',
        dataModel: { entities: [] },
        nodes: [
          { id: 't', kind: 'trigger', label: 'Start', signal: 'manual' },
          { id: 's1', kind: 'step', label: 'Ping' },
          { id: 'c1', kind: 'compensation', label: 'Unping' },
          { id: 'done', kind: 'end', label: 'Done', outcome: 'completed' },
        ],
        edges: [
          { id: 'e1', source: 't', target: 's1', kind: 'next' },
          { id: 'e2', source: 's1', target: 'done', kind: 'next' },
          { id: 'e3', source: 's1', target: 'c1', kind: 'compensate' },
        ],
      }),
    );
    const { code, stdout } = await cli(['drill', file]);
    expect(stdout).toContain('c1:fail');
    expect(stdout).toContain('NOT REACHED: no earlier drill run executed c1');
    expect(stdout).toContain('1 not reached');
    expect(code).toBe(1);
  });

  it('drills the last compensation of minimal-saga on the run that executed it (credit:partial)', async () => {
    const { stdout } = await cli(['drill', 'src/templates/examples/minimal-saga.json', '--json']);
    const { runs, summary } = JSON.parse(stdout);
    const undo = runs.find((run: { name: string }) => run.name === 'undo-credit:fail');
    expect(undo).toMatchObject({ status: 'run', basedOn: 'credit:partial' });
    expect(summary.notReached).toBe(0);
  });
});
