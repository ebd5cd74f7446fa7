import type { FastifyReply } from 'fastify';
import type { CachedBody } from '../services/published-view.js';

/**
 * Sends a body serialised once per data change. Strings with a JSON content type skip Fastify's
 * serializer; the precomputed ETag lets @fastify/etag answer 304 without hashing again.
 * `no-cache` means "revalidate every time", which the ETag makes cheap for polling screens.
 */
export function sendCached(reply: FastifyReply, { body, etag }: CachedBody): FastifyReply {
  return reply
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('etag', etag)
    .send(body);
}
