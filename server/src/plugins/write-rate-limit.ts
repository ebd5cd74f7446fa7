import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Writes (every non-GET request but the public ones with a limit of their own per address) are limited per
 * signed-in user AND address: one runaway script or shared account cannot starve the others, and a
 * colleague behind the same NAT keeps their own allowance. Beyond it: 429 in the one error shape
 * (the builder registered with @fastify/rate-limit in app.ts), with Retry-After.
 * An onRequest hook registered after auth.ts's, so the user is known; before the body is read,
 * so a flood of large bodies is refused cheaply.
 */
export const writeRateLimitPlugin = fp(async (app: FastifyInstance, { perMinute }: { perMinute: number }) => {
  const limit = app.rateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `write|${request.user?.username ?? 'anonymous'}|${request.ip}`,
  });
  // Reads pass straight through a callback hook; an async hook would cost each of them a promise.
  app.addHook('onRequest', (request, reply, done) => {
    // A public route with a limit of its own per address (sign-in, a device asking for a pairing
    // code) is counted by that alone: @fastify/rate-limit applies one limit per request, the first
    // to run. Decided on the matched route, not the URL; signed-in writes count here whatever else.
    // Reads first: `routeOptions` builds a new object on every call, which a read need not pay for.
    if (SAFE_METHODS.has(request.method)) return done();
    const { access, rateLimit } = request.routeOptions.config;
    if (access === 'public' && rateLimit) return done();
    limit.call(app, request, reply).then(() => done(), done);
  });
});
