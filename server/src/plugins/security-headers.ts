import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * The app's Content-Security-Policy: everything from this origin, no inline script, no plugins, no
 * framing. Styles React and Recharts set go through the CSSOM (element.style), which `style-src
 * 'self'` allows; only `style="…"` attributes in markup would need 'unsafe-inline', and the built
 * app has none. No `upgrade-insecure-requests`: meeting-room screens load the app over plain HTTP
 * on the LAN, where upgrading would break every asset.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/**
 * What an API answer needs (OWASP's REST security headers): JSON is never a page, so nothing may
 * load from it or frame it. The page-only headers (opener policy, origin cluster, DNS prefetch,
 * download options, the XSS auditor, cross-domain policies) are left to pages: every answer's
 * headers cost the reader as much as a few hundred bytes of its body, and the overview's API is
 * read far more than anything else (docs/benchmarks.md, dashboard throughput).
 */
export const API_CSP_DIRECTIVES = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

/** Headers by name, as `reply.headers()` takes them. */
type HeaderSet = Record<string, string>;

/**
 * The headers a helmet middleware sets. Every policy here is fixed (no nonce, nothing read from the
 * request), so helmet works them out once, at start, and each answer gets the same set: running its
 * chain of fourteen middlewares per request cost the cached dashboard read a tenth of its time.
 */
export function headersSetBy(middleware: ReturnType<typeof helmet>): HeaderSet {
  const headers: HeaderSet = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    // helmet removes X-Powered-By, which Node never sets.
    removeHeader: () => undefined,
  };
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/** The same set without HSTS, for answers over plain HTTP: browsers ignore it there (RFC 6797, 8.1). */
function withoutHsts({ 'strict-transport-security': _hsts, ...rest }: HeaderSet): HeaderSet {
  return rest;
}

/**
 * Security headers on every answer (helmet): for pages the CSP above, nosniff, no referrer beyond
 * the origin, frames refused, same-origin resource policy; for `/api/` the short set above; HSTS
 * only over HTTPS (directly, or behind a proxy with TRUST_PROXY), the only place it means anything.
 * Swagger UI at /docs sets its own, looser policy (openapi.ts) for the inline styles and scripts it
 * ships with.
 * (@fastify/helmet rebuilds helmet's middleware on every request, which doubled the server's work
 * per cached dashboard read: docs/benchmarks.md.)
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  const pageHeaders = headersSetBy(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      // Helmet's default (no-referrer) would also drop same-origin referrers; the origin is enough.
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    }),
  );
  const apiHeaders = headersSetBy(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: API_CSP_DIRECTIVES },
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
    }),
  );
  const overHttps = { api: apiHeaders, page: pageHeaders };
  const overHttp = { api: withoutHsts(apiHeaders), page: withoutHsts(pageHeaders) };
  // Into Fastify's own headers rather than `reply.raw.setHeader`: a response whose headers all come
  // in one `writeHead` takes Node's fast path, where any `setHeader` sends every header through the
  // slow one (docs/benchmarks.md, dashboard throughput). Later `reply.header` calls still win.
  app.addHook('onRequest', (request, reply, done) => {
    const sets = request.protocol === 'https' ? overHttps : overHttp;
    reply.headers(request.url.startsWith('/api/') ? sets.api : sets.page);
    done();
  });
});
