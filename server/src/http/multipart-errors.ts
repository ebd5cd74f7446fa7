import { HttpError } from '../plugins/errors.js';

/**
 * Reading a multipart body fails on the client's side when the form is malformed: no boundary
 * in the content type, a body cut short, a boundary that never appears. Busboy reports these as
 * plain errors (no status), which would otherwise be answered 500. Errors that already carry a
 * status (limits of @fastify/multipart, our own HttpErrors) pass through unchanged.
 */
export function malformedMultipart(err: unknown): never {
  if (err instanceof HttpError || typeof (err as { statusCode?: unknown })?.statusCode === 'number') throw err;
  throw new HttpError(400, 'malformed-multipart', 'The multipart/form-data body is malformed: send the file again from the form');
}
