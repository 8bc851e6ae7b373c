import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { generateSaga } from './fixtures/saga';

/**
 * Issue 20's drill on every core: `rollbook drill` of a generated saga on one thread (today's
 * code: the sequential drill) and on a pool of worker threads (as many as the machine's cores),
 * side by side in one run. The rows are identical (test/cli/builtCli.test.ts). One sample each:
 * at 5,000 nodes a drill takes about a minute. `BENCH_DRILL_NODES=1000` for a quicker look.
 */
const nodes = Number(process.env.BENCH_DRILL_NODES ?? 5000);
const file = join(mkdtempSync(join(tmpdir(), 'rollbook-drill-')), `saga-${nodes}.json`);
writeFileSync(file, JSON.stringify(generateSaga((nodes - 2) / 2)));
// Builds the CLI first when it is stale, so neither sample pays for it.
execFileSync(process.execPath, ['bin/rollbook.mjs', 'schema'], { stdio: 'ignore' });

const drillOn = (workers: number) => () => {
  // Exit 1 means some run was inconsistent, which a generated saga may have: only the time counts.
  try {
    execFileSync(
      process.execPath,
      ['bin/rollbook.mjs', 'drill', file, '--json', '--workers', String(workers)],
      {
        stdio: 'ignore',
      },
    );
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
  }
};
const once = { iterations: 1, warmupIterations: 0, time: 0 };
const cores = Math.max(1, availableParallelism());

describe(`drill of a ${nodes}-node saga, command line`, () => {
  bench('one thread (the sequential drill)', drillOn(1), once);
  bench(`pool of ${cores} worker threads (os.availableParallelism())`, drillOn(cores), once);
});
