import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  isIndicatorCode,
  PAGE_STATE_ELEMENT_ID,
  parseLocale,
  parseUnit,
  parseYear,
  type Catalogue,
  type Locale,
  type Dashboard,
  type IndicatorDetail,
  type PageRenderer,
  type PageRenderInput,
} from '@kpi/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendCached } from '../http/send-cached.js';
import { cachedText, type CachedBody } from '../services/published-view.js';

/** Where `pnpm build` puts the web app's server renderer: beside the built app (web/dist-ssr). */
export function pageRendererPath(webDist: string): string {
  return join(dirname(webDist), 'dist-ssr', 'entry-server.js');
}

/** The renderer, or null when the web app was built without it (the pages then render in the browser). */
export async function loadPageRenderer(file: string): Promise<PageRenderer | null> {
  if (!existsSync(file)) return null;
  const module = (await import(pathToFileURL(file).href)) as { render?: PageRenderer };
  return typeof module.render === 'function' ? module.render : null;
}

/** `?year=&lang=&unit=` read by the same functions the browser reads them with: an unusable value means none. */
function pageQuery(request: FastifyRequest): { year: number | undefined; lang: Locale; unit: string | undefined } {
  const url = new URL(request.url, 'http://server.invalid');
  return {
    year: parseYear(url.searchParams.get('year')),
    lang: parseLocale(url.searchParams.get('lang')) ?? 'vi',
    unit: parseUnit(url.searchParams.get('unit')),
  };
}

/** Rendered pages kept per data version, address and reader: a few hundred strings of some 100 KB at most. */
const CACHE_LIMIT = 200;

interface PageRenderOptions {
  root: string;
  render: PageRenderer;
  publicRead: boolean;
}

/**
 * The overview and an indicator's page, rendered on the server from the cached published view, so
 * the first response already holds every figure, status and target (readable without JavaScript);
 * the browser hydrates it. The address is public, as the app's other files are: a reader who may
 * not see the figures (PUBLIC_READ=false, not signed in) gets the empty app, which asks them to sign in.
 */
export const pageRenderPlugin = fp(async (app: FastifyInstance, { root, render, publicRead }: PageRenderOptions) => {
  const template = readFileSync(join(root, 'index.html'), 'utf8');
  if (!template.includes('<div id="root"></div>')) throw new Error('web/dist/index.html has no empty #root to render into');
  const cache = new Map<string, CachedBody>();

  /** The page for this address and reader; `data` (parsed from the view's cached bodies) only on a miss. */
  function page(request: FastifyRequest, lang: Locale, data: () => Omit<PageRenderInput, 'url' | 'user'>): CachedBody {
    const url = new URL(request.url, 'http://server.invalid');
    const input = { url: url.pathname + url.search, user: request.user };
    const key = `${app.view.version}\n${JSON.stringify(input.user)}\n${input.url}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const out = render({ ...input, ...data() });
    const html = template
      .replace('<html lang="vi">', `<html lang="${lang}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(out.title)}</title>`)
      .replace('<div id="root"></div>', `<div id="root">${out.html}</div><script type="application/json" id="${PAGE_STATE_ELEMENT_ID}">${out.state}</script>`);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    const body = cachedText(html);
    cache.set(key, body);
    return body;
  }

  // Who is signed in shapes the header: the page is the reader's own (private, varies by cookie),
  // revalidated each time by its ETag, and sent compressed as the API's bodies are.
  const send = (request: FastifyRequest, reply: FastifyReply, body: CachedBody) => sendCached(request, reply, body, true, 'text/html; charset=utf-8');

  /** The app unrendered: for a reader who may not see the figures, and for an unknown indicator. */
  function shell(reply: FastifyReply, status = 200) {
    return reply.code(status).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(template);
  }

  const mayRead = (request: FastifyRequest) => publicRead || request.user !== null;

  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    const { year, lang, unit } = pageQuery(request);
    // A commune's overview is drawn in the browser: the server renders the province's.
    if (!mayRead(request) || unit) return shell(reply);
    const overview = () => ({
      dashboard: JSON.parse(app.view.dashboard(year ?? app.view.latestYear()).body) as Dashboard,
      catalogue: JSON.parse(app.view.catalogue().body) as Catalogue,
    });
    send(
      request,
      reply,
      page(request, lang, () => ({ overview: overview() })),
    );
  });

  app.get<{ Params: { code: string } }>('/indicators/:code', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    if (!mayRead(request)) return shell(reply);
    const { year, lang } = pageQuery(request);
    const { code } = request.params;
    const body = isIndicatorCode(code) ? app.view.indicator(code, year) : null;
    // An unknown code: the app says so in the browser; the status tells crawlers and link checkers.
    if (!body) return shell(reply, 404);
    send(
      request,
      reply,
      page(request, lang, () => ({ indicator: JSON.parse(body.body) as IndicatorDetail, groups: app.view.snapshot().groups })),
    );
  });
});

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
