import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError } from '../plugins/errors.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Sends a file to download; ASCII file names only, so every browser keeps them. */
export function sendFile(reply: FastifyReply, body: Buffer, type: string, fileName: string) {
  return reply.type(type).header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'no-store').send(body);
}

/** `indicators=a,b` must name indicators that exist: 400 naming the unknown ones. */
export function checkIndicatorCodes(app: FastifyInstance, codes: readonly string[] | undefined): void {
  const unknown = (codes ?? []).filter((code) => !app.view.indicatorData(code));
  if (unknown.length) throw new HttpError(400, 'validation', `No indicator ${unknown.map((c) => `"${c}"`).join(', ')}`, { indicators: `unknown: ${unknown.join(', ')}` });
}
