import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const script = fileURLToPath(new URL('../scripts/crash-test.mjs', import.meta.url));

// One run of scripts/crash-test.mjs (which runs 20 on its own): edit, SIGKILL the whole browser
// 1 s later, relaunch Chromium on the same profile directory, and the edit is there. The script
// drives its own persistent browser (launchPersistentContext), so it runs as a child process.
test('a browser killed 1 s after an edit keeps the edit on relaunch with the same profile', async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [script, '--runs', '1', '--url', baseURL ?? ''],
      { timeout: 80_000 },
      (error, stdout, stderr) => {
        const exit = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code: exit, output: `${stdout}${stderr}` });
      },
    );
  });
  console.log(output.trim());
  expect(output).toContain('1 of 1 runs recovered the edit');
  expect(code).toBe(0);
});
