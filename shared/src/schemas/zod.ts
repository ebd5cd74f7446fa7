import { z } from 'zod';

/**
 * The one `z` every schema module imports, configured before any schema is built. In the browser,
 * under the app's Content-Security-Policy (no 'unsafe-eval'), zod 4 would compile object parsers
 * with `new Function` where it may, and find out whether it may by trying as each object schema is
 * built — which a strict CSP reports as a violation. Jitless, it never tries; the server keeps the
 * compiled parsers. Importing `z` from here (not from 'zod') makes the order certain even when a
 * bundler leaves out modules nothing uses.
 */
if ('document' in globalThis) z.config({ jitless: true });

export { z };
