import { createHash, randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import { findSession, insertSession, revokeSession, toUser, touchSession } from '@kpi/db';
import { roleAtLeast, type Role, type User } from '@kpi/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './errors.js';

export const SESSION_COOKIE = 'kpi_session';

export interface AuthOptions {
  /** Minutes without a request after which a session ends. */
  idleMinutes: number;
  /** Whether published figures are readable without signing in. */
  publicRead: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    sessionTokenHash: string | null;
  }
  interface FastifyInstance {
    /** A preHandler that lets through signed-in users of at least `role`: 401 otherwise, 403 below it. */
    requireRole(role: Role): (request: FastifyRequest) => Promise<void>;
    startSession(reply: FastifyReply, request: FastifyRequest, userId: number): void;
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_EVERY_MS = 60_000;

function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    // Through URL on both sides, so default ports compare equal (`localhost:80` and `localhost`).
    return new URL(origin).host !== new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return true; // "null" (sandboxed frames, file:) and malformed origins
  }
}

/** Routes readable without signing in even when PUBLIC_READ=false (screens bring their own token). */
const ALWAYS_PUBLIC = [/^\/api\/health/, /^\/api\/auth\//, /^\/api\/screens\/\d+\/(content|events)\b/];

/**
 * Sessions (server-side, in the database), roles, and the cross-site guard:
 * - the cookie is httpOnly, SameSite=Strict, and Secure when the request came over HTTPS
 *   (behind a proxy, with TRUST_PROXY so X-Forwarded-Proto counts);
 * - a write whose Origin (or Sec-Fetch-Site) says another site is refused with 403, so a
 *   cross-site form post cannot write even where a browser sends the cookie.
 */
export const authPlugin = fp(async (app: FastifyInstance, options: AuthOptions) => {
  await app.register(cookie);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);

  app.decorate('startSession', (reply: FastifyReply, request: FastifyRequest, userId: number) => {
    const token = randomBytes(32).toString('base64url');
    const now = new Date().toISOString();
    insertSession(app.db, hashToken(token), userId, now);
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      maxAge: options.idleMinutes * 60,
    });
  });

  app.decorate('requireRole', (role: Role) => async (request: FastifyRequest) => {
    if (!request.user) throw new HttpError(401, 'unauthenticated', 'Sign in first');
    if (!roleAtLeast(request.user.role, role)) {
      throw new HttpError(403, 'forbidden', `This needs the ${role} role; you are ${request.user.role}`);
    }
  });

  /** Who is asking (from the session cookie), and whether they may: throws the 401/403 to answer. */
  function authenticate(request: FastifyRequest): void {
    if (!SAFE_METHODS.has(request.method)) {
      if (isCrossSite(request)) throw new HttpError(403, 'cross-site', 'Writes from another site are refused');
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const tokenHash = hashToken(token);
      const session = findSession(app.db, tokenHash);
      const now = Date.now();
      const idle = session ? now - Date.parse(session.lastSeenAt) : Infinity;
      if (session && !session.user.disabled && idle < options.idleMinutes * 60_000) {
        request.user = toUser(session.user);
        request.sessionTokenHash = tokenHash;
        if (idle > TOUCH_EVERY_MS) touchSession(app.db, tokenHash, new Date(now).toISOString());
      } else if (session) {
        revokeSession(app.db, tokenHash, new Date(now).toISOString());
      }
    }
    const path = request.url;
    if (!options.publicRead && !request.user && path.startsWith('/api/') && !ALWAYS_PUBLIC.some((p) => p.test(path))) {
      throw new HttpError(401, 'unauthenticated', 'Sign in to read the figures (PUBLIC_READ=false)');
    }
  }

  // A callback hook, not an async one: it runs on every request, and an async hook costs each one a
  // promise and a microtask turn (docs/benchmarks.md, dashboard throughput).
  app.addHook('onRequest', (request, _reply, done) => {
    try {
      authenticate(request);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
});
