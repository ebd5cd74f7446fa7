import { createHash, randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import { findSession, insertSession, revokeSession, toUser, touchSession, withoutWaiting } from '@kpi/db';
import type { User } from '@kpi/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { checkAccess, type Access } from './access.js';
import { HttpError } from './errors.js';

/** The session cookie's name over plain HTTP (the meeting-room LAN, a developer's machine). */
export const SESSION_COOKIE = 'kpi_session';
/**
 * Its name over HTTPS: browsers take a `__Host-` cookie only when it is Secure, for the whole host
 * (Path=/) and with no Domain, so no sibling subdomain or plain-HTTP page can plant or shadow it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
export const sessionCookieName = (request: FastifyRequest) => (request.protocol === 'https' ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

export interface RouteAccess {
  method: string;
  url: string;
  access: Access | undefined;
}

export interface AuthOptions {
  /** Minutes without a request after which a session ends. */
  idleMinutes: number;
  /** Days after sign-in after which a session ends however active it is. */
  maxDays: number;
  /** Whether published figures are readable without signing in. */
  publicRead: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    sessionTokenHash: string | null;
  }
  interface FastifyInstance {
    startSession(reply: FastifyReply, request: FastifyRequest, userId: number): void;
    /** Every route with the access it declares, as registered (for the start-up check and the tests). */
    routeAccess(): RouteAccess[];
    /** Ends the request's session (if any) and clears its cookie. */
    endSession(reply: FastifyReply, request: FastifyRequest): void;
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

/**
 * Sessions (server-side, in the database), roles, and the cross-site guard:
 * - the cookie is httpOnly, SameSite=Strict, and over HTTPS Secure with the `__Host-` prefix
 *   (behind a proxy, with TRUST_PROXY so X-Forwarded-Proto counts); its expiry moves with
 *   activity, never past the session's absolute end;
 * - a write whose Origin (or Sec-Fetch-Site) says another site is refused with 403, so a
 *   cross-site form post cannot write even where a browser sends the cookie;
 * - every route's declared access (access.ts) is checked here, before its body is read.
 */
export const authPlugin = fp(async (app: FastifyInstance, options: AuthOptions) => {
  await app.register(cookie);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);
  const idleMs = options.idleMinutes * 60_000;

  // Routes are read after start-up: plugins such as @fastify/static declare theirs in a later
  // onRoute hook (access.ts, registerWithAccess), on the same options object.
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.decorate('routeAccess', () =>
    routes.flatMap((route) => [route.method].flat().map((method) => ({ method, url: route.url, access: route.config?.access }))),
  );
  // A route that forgot to declare its access is admin-only at run time (access.ts); at start-up it
  // stops the server, so the mistake is seen at once rather than met by a user.
  app.addHook('onReady', (done) => {
    const undeclared = app.routeAccess().filter((route) => route.access === undefined);
    done(
      undeclared.length
        ? new Error(`Routes without a declared access (config.access): ${undeclared.map((r) => `${r.method} ${r.url}`).join(', ')}`)
        : undefined,
    );
  });
  const maxMs = options.maxDays * 86_400_000;

  /** The cookie lives as long as the session could: the idle time, cut at the absolute end. */
  function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, createdAtMs: number, nowMs: number) {
    const lifeMs = Math.min(idleMs, createdAtMs + maxMs - nowMs);
    reply.setCookie(sessionCookieName(request), token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      maxAge: Math.max(0, Math.floor(lifeMs / 1000)),
    });
  }

  app.decorate('startSession', (reply: FastifyReply, request: FastifyRequest, userId: number) => {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    insertSession(app.db, hashToken(token), userId, new Date(now).toISOString());
    setSessionCookie(reply, request, token, now, now);
  });

  app.decorate('endSession', (reply: FastifyReply, request: FastifyRequest) => {
    if (request.sessionTokenHash) revokeSession(app.db, request.sessionTokenHash, new Date().toISOString());
    reply.clearCookie(sessionCookieName(request), { path: '/', secure: request.protocol === 'https' });
  });

  /**
   * A bookkeeping write a request does not depend on: tried without waiting for another
   * connection's lock (an import's commit), and logged, never the request's answer, when busy.
   */
  function bestEffort(request: FastifyRequest, what: string, write: () => void) {
    try {
      withoutWaiting(app.db, write);
    } catch (error) {
      request.log.warn({ err: error }, what);
    }
  }

  /**
   * Marks the session as used (at most once a minute) and moves the cookie's expiry with it.
   * Best-effort: while an import holds the write lock past the busy timeout the touch fails, and a
   * read must not fail with it; the next request touches again.
   */
  function touch(request: FastifyRequest, reply: FastifyReply, token: string, tokenHash: string, createdAtMs: number, now: number) {
    bestEffort(request, 'session touch skipped', () => {
      touchSession(app.db, tokenHash, new Date(now).toISOString());
      setSessionCookie(reply, request, token, createdAtMs, now);
    });
  }

  /** Who is asking (from the session cookie), and whether they may: throws the 401/403 to answer. */
  function authenticate(request: FastifyRequest, reply: FastifyReply): void {
    if (!SAFE_METHODS.has(request.method)) {
      if (isCrossSite(request)) throw new HttpError(403, 'cross-site', 'Writes from another site are refused');
    }
    const token = request.cookies[sessionCookieName(request)];
    if (token) {
      const tokenHash = hashToken(token);
      const session = findSession(app.db, tokenHash);
      const now = Date.now();
      if (session) {
        const idle = now - Date.parse(session.lastSeenAt);
        const createdAtMs = Date.parse(session.createdAt);
        if (!session.user.disabled && idle < idleMs && now - createdAtMs < maxMs) {
          request.user = toUser(session.user);
          request.sessionTokenHash = tokenHash;
          if (idle > TOUCH_EVERY_MS) touch(request, reply, token, tokenHash, createdAtMs, now);
        } else {
          bestEffort(request, 'expired session not revoked', () => revokeSession(app.db, tokenHash, new Date(now).toISOString()));
        }
      }
    }
    checkAccess(request, options.publicRead);
  }

  // A callback hook, not an async one: it runs on every request, and an async hook costs each one a
  // promise and a microtask turn (docs/benchmarks.md, dashboard throughput).
  app.addHook('onRequest', (request, reply, done) => {
    try {
      authenticate(request, reply);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
});
