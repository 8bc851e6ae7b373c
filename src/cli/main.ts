import { runCli } from './run';

/** Entry of the built CLI (dist-cli/rollbook.js): real process streams and exit code. */
const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
process.exitCode = exitCode;
