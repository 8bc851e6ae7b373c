#!/usr/bin/env node
// Checks the production build in dist/ (run `vite build` first) against issue 10's bar:
//   - initial JavaScript (what index.html loads before any interaction, and every chunk those
//     import statically) at most 200 KiB gzip; all CSS at most 15 KiB gzip;
//   - elkjs, the exporters, the importers and the drill worker are not in the initial JavaScript (lazy chunks);
//   - no `eval(`, `new Function` or a bare `Function(` call anywhere in dist/ (the CSP forbids them);
//   - the built index.html carries the Content Security Policy meta tag;
//   - the page's first script is the early entry (src/app/designerEarly.ts), async and importing no
//     other file, so it runs before the rest of the app has arrived (issue 20, open fast).
// Prints a table of every file with its gzip size and exits 1 if any check fails.
// Usage: node scripts/check-bundle.mjs [distDir]   (default: dist)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIB = 1024;
export const BUDGET = { initialJsGzip: 200 * KIB, cssGzip: 15 * KIB };

/** Code that must stay out of the initial JavaScript, recognised by a string only it contains. */
export const LAZY_MARKERS = [
  { name: 'elkjs (auto-layout)', pattern: /org\.eclipse\.elk/ },
  { name: 'exporters (BPMN and the rest of the registry)', pattern: /www\.omg\.org\/spec\/BPMN/ },
  { name: 'importers (n8n, Make, Power Automate, the catalogue)', pattern: /n8n-nodes-base\./ },
  // The library reads the lint counts stored with each record; the rules (and the quick fixes and
  // commands they name) load with the designer or on the first write (issue 20). The marker is the
  // rto-budget rule's rationale.
  { name: 'lint rules (src/analysis/rules)', pattern: /The recovery time objective is a promise/ },
  // fflate compresses share and review links only; evaluating it cost every page about 20 ms (issue 20).
  { name: 'fflate (share and review links)', pattern: /invalid block type/ },
];

/** What the CSP forbids, as it appears in minified code. `findFunction(`, `.Function(` are not calls of the global. */
export const EVAL_PATTERNS = [
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', pattern: /\bnew\s+Function\b/g },
  { name: 'Function( call', pattern: /(?<![\w$.])Function\s*\(/g },
];

/** Every match of the forbidden patterns in a text, with some context for the report. */
export function findEvalUses(text) {
  const found = [];
  for (const { name, pattern } of EVAL_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ name, context: text.slice(Math.max(0, match.index - 40), match.index + 40) });
    }
  }
  return found;
}

/** Relative module specifiers a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code) {
  const specifiers = new Set();
  const pattern = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) specifiers.add(match[1]);
  return [...specifiers];
}

/** Script and stylesheet URLs the page loads at start: module scripts, modulepreloads, stylesheets. */
export function htmlEntries(html) {
  const scripts = [...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map(
    (m) => m[1],
  );
  const styles = [...html.matchAll(/<link[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  return { scripts: [...scripts, ...preloads], styles };
}

/**
 * What is wrong with the page's first script, if anything: it must be an async module script that
 * imports no other file (its chunk is named after `src/app/designerEarly.ts`), or it would wait for
 * the app's other files and start the designer's fetch and the stored row's read no earlier.
 */
export function earlyScriptProblems(html, readScript) {
  const first = /<script\b[^>]*\btype="module"[^>]*>/.exec(html)?.[0];
  const src = first && /\bsrc="([^"]+)"/.exec(first)?.[1];
  if (!src || !/\/designerEarly-[\w-]+\.js$/.test(src))
    return [`the page's first script is not the early entry (designerEarly-*.js): ${first ?? 'none'}`];
  const problems = [];
  if (!/\basync\b/.test(first)) problems.push(`the early entry's script is not async: ${first}`);
  const imports = staticImports(readScript(src));
  if (imports.length > 0) problems.push(`the early entry imports other files: ${imports.join(', ')}`);
  return problems;
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

function main() {
  const dist = resolve(process.argv[2] ?? 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const fromUrl = (url) => posix.normalize(url.replace(/^\//, ''));
  const entries = htmlEntries(html);

  // The initial JavaScript: the entry scripts and, transitively, what they import statically.
  const initial = new Set();
  const queue = entries.scripts.map(fromUrl);
  while (queue.length > 0) {
    const file = queue.pop();
    if (initial.has(file)) continue;
    initial.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const specifier of staticImports(code))
      queue.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
  }
  const initialCss = new Set(entries.styles.map(fromUrl));

  const rows = filesUnder(dist)
    .filter((path) => /\.(js|css|html)$/.test(path))
    .map((path) => {
      const file = relative(dist, path).split('\\').join('/');
      const buffer = readFileSync(path);
      const kind = file.endsWith('.css') ? 'css' : file.endsWith('.html') ? 'html' : 'js';
      const worker = /\.worker-[\w-]+\.js$/.test(file);
      const load = initial.has(file) || initialCss.has(file) ? 'initial' : worker ? 'worker (lazy)' : 'lazy';
      return { file, kind, load, raw: buffer.length, gzip: gzipSize(buffer), text: buffer.toString('utf8') };
    })
    .sort((a, b) => (a.load === b.load ? b.gzip - a.gzip : a.load.localeCompare(b.load)));

  console.log(`\nBundle check of ${dist}\n`);
  console.log(`${'file'.padEnd(48)} ${'load'.padEnd(14)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)}`);
  for (const row of rows) {
    console.log(
      `${row.file.padEnd(48)} ${row.load.padEnd(14)} ${kib(row.raw).padStart(11)} ${kib(row.gzip).padStart(11)}`,
    );
  }

  const failures = [];
  const initialJs = rows.filter((row) => row.kind === 'js' && row.load === 'initial');
  const initialJsGzip = initialJs.reduce((sum, row) => sum + row.gzip, 0);
  const cssGzip = rows.filter((row) => row.kind === 'css').reduce((sum, row) => sum + row.gzip, 0);
  const initialCssGzip = rows
    .filter((row) => row.kind === 'css' && row.load === 'initial')
    .reduce((s, r) => s + r.gzip, 0);
  const line = (label, value, budget) => {
    const ok = value <= budget;
    console.log(
      `${label.padEnd(44)} ${kib(value).padStart(11)} / ${kib(budget).padStart(11)}  ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
    if (!ok) failures.push(`${label}: ${kib(value)} is over the budget of ${kib(budget)}`);
  };
  console.log('');
  line(`initial JavaScript, gzip (${initialJs.length} files)`, initialJsGzip, BUDGET.initialJsGzip);
  line('all CSS, gzip', cssGzip, BUDGET.cssGzip);
  console.log(`${'(initial CSS, gzip)'.padEnd(44)} ${kib(initialCssGzip).padStart(11)}`);

  for (const { name, pattern } of LAZY_MARKERS) {
    const holders = initialJs.filter((row) => pattern.test(row.text)).map((row) => row.file);
    const lazyHolders = rows.filter(
      (row) => row.kind === 'js' && row.load !== 'initial' && pattern.test(row.text),
    );
    if (holders.length > 0) failures.push(`${name} is in the initial JavaScript (${holders.join(', ')})`);
    else if (lazyHolders.length === 0)
      failures.push(`${name} was not found in any chunk: update LAZY_MARKERS`);
    else console.log(`lazy: ${name} in ${lazyHolders.map((row) => row.file).join(', ')}`);
  }
  const drillWorker = rows.find((row) => /drill\.worker-[\w-]+\.js$/.test(row.file));
  if (!drillWorker) failures.push('no drill worker chunk (assets/drill.worker-*.js) in the build');
  else if (drillWorker.load === 'initial')
    failures.push(`the drill worker ${drillWorker.file} is loaded initially`);
  else console.log(`lazy: drill worker in ${drillWorker.file}`);

  for (const row of rows.filter((r) => r.kind !== 'css')) {
    for (const use of findEvalUses(row.text)) failures.push(`${row.file}: ${use.name} …${use.context}…`);
  }
  const early = earlyScriptProblems(html, (url) => readFileSync(join(dist, fromUrl(url)), 'utf8'));
  if (early.length === 0) console.log('early entry: first, async, imports nothing');
  failures.push(...early);
  if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/.test(html)) {
    failures.push('dist/index.html has no Content-Security-Policy meta tag');
  }

  if (failures.length > 0) {
    console.error(`\nBundle check FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    process.exit(1);
  }
  console.log(
    '\nBundle check passed: within budget, lazy chunks in place, early entry first, no eval / new Function, CSP meta present.\n',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
