import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSaga } from '../../bench/fixtures/saga';
import { examplePath } from '../fixtures/examples';

/** The real `rollbook` process, as `npm run --silent rollbook -- …` runs it (built JavaScript). */
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/rollbook.mjs', ...args], { encoding: 'utf8' });

describe('the built command line', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['bin/rollbook.mjs', 'schema'], { stdio: 'ignore' });
  }, 120_000);

  it('validates an example in a real process with exit 0', () => {
    const result = run('validate', examplePath('order-fulfilment-rollback'), '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, errors: [] });
  });

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const result = run('validate', 'does/not/exist.json');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'rollbook validate: does/not/exist.json: no such file',
    ]);
  });

  it('drills on worker threads with the rows of the single-thread drill (--workers 2 vs 1)', () => {
    // Over 500 runs, so that two threads are used (one per 500 runs).
    const file = join(mkdtempSync(join(tmpdir(), 'rollbook-drill-')), 'saga.json');
    writeFileSync(file, JSON.stringify(generateSaga(150)));
    const single = run('drill', file, '--workers', '1', '--json');
    const pooled = run('drill', file, '--workers', '2', '--json');
    expect(pooled.status).toBe(single.status);
    expect(JSON.parse(pooled.stdout).runs.length).toBeGreaterThan(500);
    expect(pooled.stdout).toBe(single.stdout);
  });

  it('refuses a worker count that is not a whole number from 1 to 64', () => {
    const result = run('drill', examplePath('minimal-saga'), '--workers', '0');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--workers takes a whole number from 1 to 64, not "0"/);
  });
});
