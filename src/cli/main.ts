import { isDrillWorkerThread, serveDrillSlices } from './drillThreads';
import { runCli } from './run';

/**
 * Entry of the built CLI (dist-cli/rollbook.js): real process streams and exit code. The drill's
 * worker threads run this same file; they serve drill slices instead (src/cli/drillThreads.ts).
 */
if (isDrillWorkerThread()) serveDrillSlices();
else {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    drillWorkerEntry: new URL(import.meta.url),
  });
}
