import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerWithAccess } from './access.js';

/** True when `root` holds a built web app. */
export function hasWebApp(root: string | null): root is string {
  return root !== null && existsSync(join(root, 'index.html'));
}

/**
 * Serves the built web app on the API's port. Hashed assets are cached for a year; index.html is
 * revalidated every time so a new build reaches screens on their next load. Files are looked up
 * per request (wildcard), so a rebuild is served without a restart; what is no file falls to the
 * not-found handler (errors.ts), which is the SPA fallback.
 */
export const webAppPlugin = fp(async (app: FastifyInstance, { root }: { root: string }) => {
  const assets = join(root, 'assets');
  // The app's own files are what a visitor needs to sign in: public whatever PUBLIC_READ says.
  await registerWithAccess(app, 'public', fastifyStatic, {
    root,
    wildcard: true,
    index: ['index.html'],
    // The build writes .br and .gz beside each text asset (web/scripts/precompress.mjs): sent as they are.
    preCompressed: true,
    setHeaders(reply, path) {
      reply.header('cache-control', path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
});
