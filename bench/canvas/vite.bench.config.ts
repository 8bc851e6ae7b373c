import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the app and the bare React Flow baseline page side by side for the canvas benchmark. */
export default defineConfig({
  root,
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: process.env.BENCH_DIST ?? '/tmp/rollbook-bench-dist',
    emptyOutDir: true,
    // BENCH_MINIFY=0 keeps function names readable in the open trace's CPU profile.
    minify: process.env.BENCH_MINIFY !== '0',
    rollupOptions: {
      input: {
        app: `${root}/index.html`,
        bare: `${root}/bench/canvas/bare.html`,
      },
    },
  },
});
