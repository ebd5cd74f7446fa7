import { roleAtLeast, type Role } from '@kpi/shared';
import type { FastifyInstance, FastifyPluginAsync, FastifyPluginCallback, FastifyPluginOptions, FastifyRequest, RouteOptions } from 'fastify';
import { HttpError } from './errors.js';

/**
 * Who may call a route. Every route declares it in its options (`config: { access }`), and the
 * auth plugin checks it in `onRequest`, on the route the router matched (never on the URL's text),
 * before the body is read or validated:
 * - `public`: anyone, always: health, sign-in and the session, the web app's files, and the
 *   screen routes that check a screen's own token;
 * - `read`: published figures and what is built from them: anyone while PUBLIC_READ is on,
 *   signed-in users when it is off;
 * - a role: signed-in users of at least that role (401 anonymous, 403 below it).
 * A route that declares nothing is admin-only, so a forgotten declaration fails closed.
 */
export type Access = 'public' | 'read' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

/** What a route without a declaration gets: the narrowest access there is. */
export const UNDECLARED_ACCESS: Access = 'admin';

/** The access a request's matched route declares; a request no route matched falls to the not-found handler, which reveals nothing. */
export function accessOf(request: FastifyRequest): Access | 'not-found' {
  if (request.is404) return 'not-found';
  return request.routeOptions.config.access ?? UNDECLARED_ACCESS;
}

/**
 * Whether the caller may read what only drafts show: pending figures (`?include=drafts`) and the
 * sources and documents that only drafts cite. Signed-in analysts and above, who enter them.
 */
export function mayReadDrafts(request: FastifyRequest): boolean {
  return request.user !== null && roleAtLeast(request.user.role, 'analyst');
}

/** Throws the 401 or 403 to answer when `request` may not call its route. */
export function checkAccess(request: FastifyRequest, publicRead: boolean): void {
  const access = accessOf(request);
  if (access === 'public' || access === 'not-found') return;
  if (access === 'read') {
    if (publicRead || request.user) return;
    throw new HttpError(401, 'unauthenticated', 'Sign in to read the figures (PUBLIC_READ=false)');
  }
  if (!request.user) throw new HttpError(401, 'unauthenticated', 'Sign in first');
  if (!roleAtLeast(request.user.role, access)) {
    throw new HttpError(403, 'forbidden', `This needs the ${access} role; you are ${request.user.role}`);
  }
}

/**
 * Registers a plugin whose routes cannot carry a route config in their options (@fastify/static,
 * @fastify/swagger-ui), declaring `access` for each route it adds that declares none. Routes
 * registered after it are untouched.
 */
export async function registerWithAccess<Options extends FastifyPluginOptions>(
  app: FastifyInstance,
  access: Access,
  plugin: FastifyPluginCallback<Options> | FastifyPluginAsync<Options>,
  options: Options,
): Promise<void> {
  let registering = true;
  app.addHook('onRoute', (route: RouteOptions) => {
    if (registering) route.config = { ...route.config, access: route.config?.access ?? access };
  });
  await app.register(plugin, options);
  registering = false;
}
