import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { EARLY_CHUNKS, EARLY_ENTRY, earlyEntryScript, staticGraphs } from '../../vite.config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the app and the bare React Flow baseline page side by side for the canvas benchmark. */
export default defineConfig({
  root,
  plugins: [react(), staticGraphs(), earlyEntryScript()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: process.env.BENCH_DIST ?? '/tmp/rollbook-bench-dist',
    emptyOutDir: true,
    // BENCH_MINIFY=0 keeps function names readable in the open trace's CPU profile.
    minify: process.env.BENCH_MINIFY !== '0',
    rolldownOptions: {
      input: {
        app: `${root}/index.html`,
        bare: `${root}/bench/canvas/bare.html`,
        designerEarly: EARLY_ENTRY,
        floor: `${root}/bench/canvas/floor.html`,
      },
      // The app's chunks in the order it ships them (the designer's early fetch, zod jitless first).
      output: { codeSplitting: EARLY_CHUNKS },
    },
  },
});
