import { defineConfig } from 'vite';

/**
 * Builds the `rollbook` command line into one Node ES module (dist-cli/rollbook.js).
 * The CLI runs as built JavaScript, never through a TypeScript loader, so start-up stays fast.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    target: 'node20',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'rollbook.js' } },
  },
  // One self-contained file: Node resolves no packages at start-up, which keeps `rollbook` fast.
  ssr: { target: 'node', noExternal: true },
  logLevel: 'warn',
});
