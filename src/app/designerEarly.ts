import { startEarlyRead } from '../persistence/earlyRead';
import { parseRoute } from './routeAddress';

/**
 * The page's first script on a designer address (issue 20, open fast). The build gives it an entry
 * of its own, placed in `index.html` before the app's (`earlyEntryScript` in `vite.config.ts`), so it runs
 * as soon as its few KiB have arrived, while React, Dexie, zod and the library are still being
 * fetched and evaluated (about 300 ms on the benchmark machine), and starts the two things the
 * first canvas waits for: the designer's chunk and the stored playbook's row. It imports nothing
 * but the address parser and the bare IndexedDB read. The app imports it too (`routes.tsx`), and
 * the browser evaluates a module once, so nothing here runs twice.
 */
export const loadDesignerModule = () => import('../ui/library/PlaybookRoute');

const route = parseRoute(location.hash);
if (route.name === 'designer') {
  startEarlyRead(route.id);
  // A failed fetch is reported by the lazy page, which asks again (src/app/routes.tsx).
  loadDesignerModule().catch(() => undefined);
}
