import { z } from 'zod';

// zod's fast path compiles parsers with `new Function`, which the app's Content Security Policy
// (script-src 'self', no 'unsafe-eval') forbids. zod reads this setting when each schema is built,
// so this module is the entry's first import: it runs before any schema module. The CLI, which has
// no CSP, keeps the fast path.
z.config({ jitless: true });
