import { validationMessage, type ErrorBody, type Locale } from '@kpi/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** An error a route throws on purpose: its status and code reach the caller as they are. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Top-level members beside `error`, e.g. `current` of a 409 (declared in the route's schema). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, fields?: Record<string, string>): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/**
 * The router's own refusals, which happen before any hook or error handler: a malformed
 * %-escape in the path (400) and a path parameter over its length limit (414). Pass as the
 * `frameworkErrors` option of `Fastify()` so they too answer in the one error shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return reply.code(400).send(errorBody('bad-url', 'The address is not valid: it has a malformed %-escape'));
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return reply.code(414).send(errorBody('uri-too-long', 'A part of the address is too long'));
    default:
      request.log.error({ err: error }, 'router error');
      return reply.code(500).send(errorBody('internal', 'Internal server error'));
  }
}

/** Vietnamese when the caller's first language is Vietnamese; English otherwise. */
function localeOf(acceptLanguage: string | undefined): Locale {
  return /^\s*vi\b/i.test(acceptLanguage ?? '') ? 'vi' : 'en';
}

/**
 * One error shape for everything (docs/architecture.md): `{ error: { code, message, fields? } }`.
 * Bad input is a 4xx that names the field; only our own faults are 500, and they say nothing inside.
 */
export const errorsPlugin = fp(async (app: FastifyInstance, { spaIndex }: { spaIndex: boolean }) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        // `/year` → `year`, `/figures/0/value` → `figures.0.value`; a whole-body issue is named by its part.
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(error.validationContext ?? 'body');
        fields[path] ??= validationMessage(issue.message ?? 'invalid', localeOf(request.headers['accept-language']), 'as-is');
      }
      const names = Object.keys(fields).join(', ');
      return reply.code(400).send(errorBody('validation', `Invalid ${error.validationContext ?? 'request'}: ${names}`, fields));
    }
    if (error instanceof HttpError) {
      // Field messages are keys of the shared validation messages: say them in the caller's language.
      const locale = localeOf(request.headers['accept-language']);
      const fields = error.fields && Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, validationMessage(v, locale, 'as-is')]));
      return reply.code(error.statusCode).send({ ...errorBody(error.code, error.message, fields), ...error.extra });
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const kb = Math.round(app.initialConfig.bodyLimit! / 1024);
      return reply.code(413).send(errorBody('body-too-large', `The request body is larger than ${kb} KB (BODY_LIMIT_KB)`));
    }
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: bad JSON, wrong content type, body too large…
      return reply.code(status).send(errorBody(error.code ?? 'bad-request', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(errorBody('internal', 'Internal server error'));
  });

  // With the web app built, a GET outside /api and /docs that is no file opens the app (SPA
  // fallback: /?year=2020 and deep links); everything else is a 404 in the one error shape.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path === '/api' || path.startsWith('/api/') || path.startsWith('/docs');
    if (spaIndex && request.method === 'GET' && !isApi && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send(errorBody('not-found', `No route for ${request.method} ${path}`));
  });
});
