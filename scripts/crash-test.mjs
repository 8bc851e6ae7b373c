#!/usr/bin/env node
// Crash test (issue 7): edit a playbook, kill the whole browser 1 s later (SIGKILL, no shutdown),
// relaunch Chromium on the same profile directory and check the edit is there. Repeated N times,
// each run on a fresh profile; prints how many recovered and exits 1 if any did not.
//
//   node scripts/crash-test.mjs [--runs 20] [--url http://127.0.0.1:4193] [--delay 1000]
//
// Without --url it builds the app into a temporary directory and serves it with `vite preview`
// on a free port for the duration of the runs (both stopped at the end).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const runs = Number(option('runs', '20'));
const delayMs = Number(option('delay', '1000'));
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const launchOptions = {
  executablePath,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function waitForServer(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Builds and serves the app; returns its URL and a stop function. */
async function serve() {
  const outDir = mkdtempSync(join(tmpdir(), 'rollbook-crash-dist-'));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' });
  const port = await freePort();
  const preview = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(url, 60_000);
  return {
    url,
    stop() {
      process.kill(-preview.pid, 'SIGTERM');
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The browser processes this script started (Playwright spawns Chromium as our child, in its own group). */
function browserPids() {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /chrom/i.test(line))
    .map((line) => Number(line.split(/\s+/)[0]));
}

/**
 * One crash: returns { recovered, savedBeforeKill } where savedBeforeKill says whether the toolbar
 * already showed "Saved" when the browser was killed.
 */
export async function crashOnce(baseURL, run) {
  const profile = mkdtempSync(join(tmpdir(), 'rollbook-crash-profile-'));
  try {
    const before = new Set(browserPids());
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
    const pids = browserPids().filter((pid) => !before.has(pid));
    if (pids.length !== 1) throw new Error(`expected one new browser process, found ${pids.length}`);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/#/');
    await page.getByRole('button', { name: 'New from template…' }).click();
    await page.getByRole('button', { name: 'Use template: Minimal saga' }).click();
    const saveState = page.getByRole('status', { name: 'Save state' });
    await saveState.filter({ hasText: /^Saved$/ }).waitFor();
    const url = page.url();
    const label = `Crash edit ${run} ${Date.now().toString(36)}`;
    await page.getByRole('group', { name: 'Step: Debit Alice' }).click();
    await page.getByRole('textbox', { name: 'Label', exact: true }).fill(label);
    const edited = Date.now();
    await page.waitForTimeout(Math.max(0, delayMs - (Date.now() - edited)));
    const savedBeforeKill = (await saveState.textContent().catch(() => null)) === 'Saved';
    // The whole process group: the browser and its renderers die at once, with no chance to flush.
    process.kill(-pids[0], 'SIGKILL');
    await context.close().catch(() => {});

    const again = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
    try {
      const reopened = again.pages()[0] ?? (await again.newPage());
      await reopened.goto(url);
      const recovered = await reopened
        .getByRole('group', { name: `Step: ${label}` })
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      return { recovered, savedBeforeKill };
    } finally {
      await again.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const given = option('url', undefined);
  const server = given ? { url: given, stop() {} } : await serve();
  let recovered = 0;
  let savedBeforeKill = 0;
  try {
    for (let run = 1; run <= runs; run += 1) {
      const outcome = await crashOnce(server.url, run);
      if (outcome.recovered) recovered += 1;
      if (outcome.savedBeforeKill) savedBeforeKill += 1;
      console.log(
        `run ${run}: ${outcome.recovered ? 'recovered' : 'LOST'} (toolbar said ${outcome.savedBeforeKill ? 'Saved' : 'not Saved'} at the kill)`,
      );
    }
  } finally {
    server.stop();
  }
  console.log(
    `\n${recovered} of ${runs} runs recovered the edit after a kill ${delayMs} ms after it; the toolbar showed Saved before ${savedBeforeKill} of the kills.`,
  );
  process.exitCode = recovered === runs ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
