import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { renderHtml } from './src/exporters/runbook/html';

/**
 * The hash of the runbook's own stylesheet, the one `<style>` the policy lets apply: the runbook
 * HTML is previewed in a sandboxed srcdoc frame and opened as a blob: print view, and both inherit
 * the app's policy. Computed from the exporter, so it follows any change to that stylesheet.
 */
const runbookStyle = /<style>([\s\S]*?)<\/style>/.exec(
  renderHtml({ title: '', subtitle: '', sections: [] }),
)?.[1];
if (runbookStyle === undefined) throw new Error('the runbook HTML has no <style> to hash');
const RUNBOOK_STYLE_HASH = `'sha256-${createHash('sha256').update(runbookStyle).digest('base64')}'`;

/**
 * The production Content Security Policy (docs/security.md): issue 10's policy, plus the hash of
 * the runbook's stylesheet in style-src. The built index.html carries it as a meta tag, so any
 * static host applies it (without `frame-ancestors`, below); `vite preview` sends it as a header. Dev keeps no policy: Vite's dev client needs inline scripts.
 */
export const META_CONTENT_SECURITY_POLICY = `default-src 'self'; script-src 'self'; style-src 'self' ${RUNBOOK_STYLE_HASH}; object-src 'none'; base-uri 'none'`;

/**
 * The header adds `frame-ancestors` (no framing, against clickjacking): it takes effect only in a
 * header, and in a meta element the browser ignores it and logs an error on every load.
 */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Adds the policy to the built page's head, right after the charset (which must come first). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'rollbook:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const withPolicy = html.replace(
          /(<meta charset="UTF-8" \/>)/i,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
        );
        if (withPolicy === html) throw new Error('index.html has no <meta charset="UTF-8" /> to follow');
        return withPolicy;
      },
    },
  };
}

/**
 * zod probes `new Function("")` once to decide whether its JIT can run. The browser runs zod jitless
 * (src/app/zodJitless.ts), so the probe is dead code there; removing it from the browser build keeps
 * dist/ free of `Function(` (scripts/check-bundle.mjs fails the build if it reappears, e.g. after a
 * zod upgrade changes the source). The CLI build (vite.cli.config.ts) keeps zod's fast path.
 */
export function zodWithoutEvalProbe(): Plugin {
  return {
    name: 'rollbook:zod-without-eval-probe',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      return code.replace(/const F = Function;\s*new F\(""\);\s*return true;/, 'return false;');
    },
  };
}

/** The page's first script on a designer address (`src/app/designerEarly.ts`): an entry of its own. */
export const EARLY_ENTRY = fileURLToPath(new URL('./src/app/designerEarly.ts', import.meta.url));

/**
 * Puts the early entry's script in `index.html` before the app's (issue 20, open fast). Vite merges
 * every module script of a page into one entry, whose modules all wait until the last file of the
 * graph has arrived; as an entry of its own, `designerEarly` runs as soon as its few KiB are here,
 * and starts the designer's chunk and the stored row while the app's files are still loading. The
 * app imports the same file, so the module is evaluated once.
 */
export function earlyEntryScript(): Plugin {
  return {
    name: 'rollbook:early-entry-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (context.path !== '/index.html') return html; // the app's page only (not the bench's bare page)
        const early = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.facadeModuleId === EARLY_ENTRY,
        );
        if (!early) throw new Error('rollbook:early-entry-script: no designerEarly entry in the build');
        const appScript = /<script type="module" crossorigin src="[^"]*"><\/script>/;
        if (!appScript.test(html))
          throw new Error('rollbook:early-entry-script: no module script to precede');
        return html.replace(
          appScript,
          (tag) => `<script type="module" async crossorigin src="/${early.fileName}"></script>\n    ${tag}`,
        );
      },
    },
  };
}

/**
 * The static import graphs of the app's entry, of the early entry (`designerEarly.ts`), of the
 * designer's page, of the other pages (`routes.tsx`'s lazy imports: review, revision, incident,
 * share, review link) and of incident mode alone, filled by `staticGraphs`.
 */
const appGraph = new Set<string>();
const earlyGraph = new Set<string>();
const designerGraph = new Set<string>();
const otherPagesGraph = new Set<string>();
const incidentGraph = new Set<string>();

/** Every module `from` imports statically, directly or not (dynamic imports are other chunks). */
function collectStaticGraph(
  moduleInfo: (id: string) => { importedIds: readonly string[] } | null,
  from: string,
  into: Set<string>,
): void {
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (into.has(id)) continue;
    into.add(id);
    queue.push(...(moduleInfo(id)?.importedIds ?? []));
  }
}

/** The module a chunk group is built around, found by its path; a build without it fails loudly. */
function moduleNamed(ids: readonly string[], path: RegExp): string {
  const id = ids.find((candidate) => path.test(candidate));
  // A rename would otherwise quietly give back rolldown's default chunks (and the slower open).
  if (id === undefined) throw new Error(`rollbook:static-graphs: no module matches ${path}`);
  return id;
}

/** Records the graphs once the modules are loaded, before the chunks are made from them. */
export function staticGraphs(): Plugin {
  return {
    name: 'rollbook:static-graphs',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const moduleInfo = (id: string) => this.getModuleInfo(id);
      const designer = moduleNamed(ids, /[\\/]src[\\/]ui[\\/]library[\\/]PlaybookRoute\.tsx$/);
      collectStaticGraph(moduleInfo, moduleNamed(ids, /[\\/]src[\\/]main\.tsx$/), appGraph);
      collectStaticGraph(moduleInfo, moduleNamed(ids, /[\\/]src[\\/]app[\\/]designerEarly\.ts$/), earlyGraph);
      collectStaticGraph(moduleInfo, designer, designerGraph);
      const routes = moduleNamed(ids, /[\\/]src[\\/]app[\\/]routes\.tsx$/);
      for (const page of moduleInfo(routes)?.dynamicallyImportedIds ?? [])
        if (page !== designer) collectStaticGraph(moduleInfo, page, otherPagesGraph);
      const incident = moduleNamed(ids, /[\\/]src[\\/]ui[\\/]incident[\\/]IncidentPage\.tsx$/);
      collectStaticGraph(moduleInfo, incident, incidentGraph);
    },
  };
}

/**
 * React, React Flow and what they import keep the chunks rolldown gives them: the canvas
 * benchmark's bare page loads them too, and must not load our code with them.
 */
const SHARED_WITH_BARE_PAGE =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@xyflow|classcat|d3-[a-z-]+|zustand|use-sync-external-store)[\\/]/;

/** A module of ours (or a library only we use) that a chunk group may take; not a virtual module. */
const groupable = (id: string) => !id.startsWith('\0') && !SHARED_WITH_BARE_PAGE.test(id);

/**
 * How the app is cut into chunks (issue 20, open fast). Shared with the canvas benchmark's build
 * (bench/canvas/vite.bench.config.ts).
 *
 * - `designerEarly` is the early entry (`earlyEntryScript`) with everything it imports (the address
 *   parser, the bare IndexedDB read, Vite's preload helper), so its file imports no other and runs
 *   as soon as it has arrived: it starts the designer's fetch and the stored row's read before the
 *   app's files have all arrived. The app's entry imports it first, so it also runs first there.
 * - `zod` is a chunk of its own because its place in the evaluation order matters: a module inlined
 *   into the entry chunk runs only after every chunk the entry imports, and zod's chunk ends with
 *   `z.config({ jitless: true })`, which so runs before any schema module is evaluated.
 * - `core` is the rest of what the entry imports statically: one file rather than the dozen small
 *   shared chunks rolldown would make (14 initial files became 9). Every request costs a round
 *   trip before the first module can run, and the entry loads all of them anyway.
 * - `designer` is what only the designer's page imports, and `canvas` what it shares with the
 *   review, revision, share and review-link pages (the read-only canvas, the session, the review
 *   model), except what incident mode also imports, which keeps rolldown's shared chunks. All in
 *   the designer's chunk, incident mode would load 195 KiB instead of 11 and the review pages 190
 *   instead of 110; this way the designer loads 4 files instead of 16 and no page loads more
 *   than before (measured on the build, gzip). What the designer draws only after its first draw
 *   is a dynamic import (`src/ui/designer/drawnLater.ts`), so in neither group.
 * - `includeDependenciesRecursively: false` keeps a group to its own graph (by default a group
 *   also takes every dependency of what it takes, zod's chunk and React included).
 */
export const EARLY_CHUNKS = {
  groups: [
    {
      name: 'designerEarly',
      // Vite's preload helper too (a virtual module): the early entry must import no other file.
      test: (id: string) => earlyGraph.has(id) && (groupable(id) || id === '\0vite/preload-helper.js'),
      priority: 30,
      includeDependenciesRecursively: false,
    },
    {
      name: 'zod',
      test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]app[\\/]zodJitless\.ts$/,
      priority: 20,
    },
    {
      name: 'core',
      test: (id: string) => appGraph.has(id) && groupable(id) && !/[\\/]src[\\/]main\.tsx$/.test(id),
      priority: 10,
      includeDependenciesRecursively: false,
    },
    {
      name: 'designer',
      test: (id: string) =>
        designerGraph.has(id) && !appGraph.has(id) && !otherPagesGraph.has(id) && groupable(id),
      priority: 5,
      includeDependenciesRecursively: false,
    },
    {
      name: 'canvas',
      test: (id: string) =>
        designerGraph.has(id) &&
        otherPagesGraph.has(id) &&
        !appGraph.has(id) &&
        !incidentGraph.has(id) &&
        groupable(id),
      priority: 4,
      includeDependenciesRecursively: false,
    },
  ],
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), zodWithoutEvalProbe(), staticGraphs(), earlyEntryScript()],
  // Workers are bundled apart: the import worker runs zod (the importers validate), so it needs the probe removed too.
  worker: { format: 'es', plugins: () => [zodWithoutEvalProbe()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), designerEarly: EARLY_ENTRY },
      output: { codeSplitting: EARLY_CHUNKS },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
