import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedBody } from '../services/published-view.js';

const acceptsGzip = (request: FastifyRequest) => /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');

/**
 * Sends a body serialised once per data change — gzipped once too, for clients that accept it.
 * Strings and buffers with a JSON content type skip Fastify's serializer; the precomputed ETag
 * lets @fastify/etag answer 304 without hashing again. `no-cache` means "revalidate every time",
 * which the ETag makes cheap for polling screens.
 */
export function sendCached(request: FastifyRequest, reply: FastifyReply, cached: CachedBody): FastifyReply {
  reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
  if (acceptsGzip(request)) {
    const { body, etag } = cached.gzip();
    return reply.header('content-encoding', 'gzip').header('etag', etag).send(body);
  }
  return reply.header('etag', cached.etag).send(cached.body);
}

/** Sends JSON already serialised (a string), revalidated by the ETag @fastify/etag computes. */
export function sendJsonText(reply: FastifyReply, body: string): FastifyReply {
  return reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').send(body);
}
