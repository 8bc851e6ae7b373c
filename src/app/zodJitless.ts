import { z } from 'zod';

// zod's fast path compiles parsers with `new Function`, which the app's Content Security Policy
// (script-src 'self', no 'unsafe-eval') forbids. zod reads this setting when each schema is built,
// so this must run before any schema module: the build puts it at the end of zod's own chunk, which
// every schema chunk imports (`EARLY_CHUNKS` in vite.config.ts), and the entry imports it before
// anything that builds a schema. The CLI, which has no CSP, keeps the fast path.
z.config({ jitless: true });
