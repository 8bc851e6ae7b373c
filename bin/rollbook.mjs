#!/usr/bin/env node
// Runs the built CLI, building it first when it is missing or older than its sources, so that
// `npm run --silent rollbook -- …` works in a fresh clone and after every edit, without a
// TypeScript loader at run time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist-cli', 'rollbook.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'ui' || entry.name === 'state' || entry.name === 'queries' || entry.name === 'app')
        continue;
      newest = Math.max(newest, newestSource(path));
    } else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const srcDir = join(root, 'src');
const stale = !existsSync(built) || (existsSync(srcDir) && newestSource(srcDir) > statSync(built).mtimeMs);
if (stale) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'vite.cli.config.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) {
    process.stderr.write('rollbook: could not build the command line (run "npm run build:cli" to see why)\n');
    process.exit(2);
  }
}
await import(pathToFileURL(built).href);
