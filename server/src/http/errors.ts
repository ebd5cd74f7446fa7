import { errorBodySchema } from '@kpi/shared';
import { HttpError } from '../plugins/errors.js';

/**
 * The refusals routes declare and throw, in the one error shape (`{ error: { code, message, fields? } }`,
 * answered by plugins/errors.ts). Field values are keys of the shared validation messages, said in
 * the caller's language.
 */

/** A route's documented refusals: `errorResponses(400, 401, 404)` for its `schema.response`. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof errorBodySchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorBodySchema])) as Record<S, typeof errorBodySchema>;
}

/** 404: what was asked for does not exist (or the caller may not know it does). */
export function notFound(message: string, fields?: Record<string, string>): HttpError {
  return new HttpError(404, 'not-found', message, fields);
}

/** 400 naming the fields at fault. */
export function invalid(message: string, fields: Record<string, string>): HttpError {
  return new HttpError(400, 'validation', message, fields);
}

/** 409: the row changed since the caller loaded it; `field` is the version the body carried. */
export function staleVersion(message: string, field = 'version'): HttpError {
  return new HttpError(409, 'conflict', message, { [field]: 'stale-version' });
}
