import { parseRoute } from './routeAddress';

/**
 * The designer's chunk, asked for by the first module the page evaluates (issue 20, open fast).
 * `vite.config.ts` gives this module a chunk of its own that the entry imports first, so on a page
 * opened straight on a playbook the chunk's fetch starts before React, Dexie, zod and the library
 * are evaluated (about 300 ms on the benchmark machine), not after them. It imports nothing but the
 * address parser, so it runs as soon as the page's scripts have arrived.
 */
export const loadDesignerModule = () => import('../ui/library/PlaybookRoute');

if (parseRoute(location.hash).name === 'designer') {
  // A failed fetch is reported by the lazy page, which asks again (src/app/routes.tsx).
  loadDesignerModule().catch(() => undefined);
}
