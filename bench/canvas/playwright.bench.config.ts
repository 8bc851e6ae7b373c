import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// BENCH_PORT and BENCH_DIST let two engineers run the benchmark at once without sharing a server.
const PORT = Number(process.env.BENCH_PORT ?? 4180);

/** The canvas benchmark: a Playwright script, not a test suite; it prints figures. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.spec.ts',
  outputDir: `/tmp/rollbook-bench-results-${PORT}`,
  timeout: 600_000,
  workers: 1,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `npx vite build --config bench/canvas/vite.bench.config.ts && npx vite preview --config bench/canvas/vite.bench.config.ts --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
