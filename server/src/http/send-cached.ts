import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PublishedFile } from '../services/published-files.js';
import type { CachedBody, EncodedBody } from '../services/published-view.js';

/** The smallest encoding the client takes that is ready: brotli, else gzip, else none (null). */
function encodingFor(acceptEncoding: string | undefined, cached: CachedBody): { name: string; encoded: EncodedBody } | null {
  if (!acceptEncoding) return null;
  const brotli = /\bbr\b/.test(acceptEncoding) ? cached.brotli() : null;
  if (brotli) return { name: 'br', encoded: brotli };
  if (/\bgzip\b/.test(acceptEncoding)) return { name: 'gzip', encoded: cached.gzip() };
  return null;
}

/**
 * Sends a body serialised once per data change — compressed once too, for clients that accept it.
 * Strings and buffers with a JSON content type skip Fastify's serializer; the precomputed ETag
 * (one per encoding) lets @fastify/etag answer 304 without hashing again. `no-cache` means
 * "revalidate every time", which the ETag makes cheap for polling screens.
 * `personal`: the body at this address depends on who asks (`?include=drafts` shows drafts to
 * analysts only), so no shared cache may keep it (`private`) and a browser keys it by session too.
 * Its routes' handlers are plain functions that return nothing: an async one costs each read a
 * promise, a microtask and a second `send` call for the reply it returns.
 */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  cached: CachedBody,
  personal = false,
  contentType = 'application/json; charset=utf-8',
): void {
  reply
    .header('content-type', contentType)
    .header('cache-control', personal ? 'private, no-cache' : 'no-cache')
    .header('vary', personal ? 'accept-encoding, cookie' : 'accept-encoding');
  const encoding = encodingFor(request.headers['accept-encoding'], cached);
  if (encoding) reply.header('content-encoding', encoding.name).header('etag', encoding.encoded.etag).send(encoding.encoded.body);
  else reply.header('etag', cached.etag).send(cached.body);
}

/** Sends JSON already serialised (a string), revalidated by the ETag @fastify/etag computes. */
export function sendJsonText(reply: FastifyReply, body: string): FastifyReply {
  return reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').send(body);
}

/** Sends JSON kept by PublishedFiles, with its ETag: @fastify/etag answers a repeat with 304. */
export function sendJsonFile(reply: FastifyReply, file: PublishedFile): FastifyReply {
  return reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').header('etag', file.etag).send(file.body);
}
