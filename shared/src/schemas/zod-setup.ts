import { z } from 'zod';

/**
 * In the browser, under the app's Content-Security-Policy (no 'unsafe-eval'): zod 4 compiles object
 * parsers with `new Function` when it may, and finds out whether it may by trying as each object
 * schema is built — which a strict CSP reports as a violation. Jitless, it never tries. This module
 * is imported first (schemas/index.ts), so it runs before any schema is built. The server keeps
 * the compiled parsers.
 */
if ('document' in globalThis) z.config({ jitless: true });
