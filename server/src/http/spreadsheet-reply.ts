import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError } from '../plugins/errors.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * Sends a file to download; ASCII file names only, so every browser keeps them. A file with an
 * ETag (one of PublishedFiles) may be kept and revalidated, a repeat getting 304 from
 * @fastify/etag; one without is not kept.
 */
export function sendFile(reply: FastifyReply, file: { body: Buffer; etag?: string }, type: string, fileName: string) {
  reply.type(type).header('content-disposition', `attachment; filename="${fileName}"`);
  if (file.etag) reply.header('etag', file.etag).header('cache-control', 'no-cache');
  else reply.header('cache-control', 'no-store');
  return reply.send(file.body);
}

/** `indicators=a,b` must name indicators that exist: 400 naming the unknown ones. */
export function checkIndicatorCodes(app: FastifyInstance, codes: readonly string[] | undefined): void {
  const unknown = (codes ?? []).filter((code) => !app.view.indicatorData(code));
  if (unknown.length)
    throw new HttpError(400, 'validation', `No indicator ${unknown.map((c) => `"${c}"`).join(', ')}`, { indicators: `unknown: ${unknown.join(', ')}` });
}
