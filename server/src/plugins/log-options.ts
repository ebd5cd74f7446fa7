import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/** A request's URL with screen tokens cut out of its query (EventSource cannot send headers). */
export function redactUrl(url: string): string {
  return url.includes('token=') ? url.replace(/([?&]token=)[^&]*/g, '$1[redacted]') : url;
}

/**
 * The server's logger: no secret reaches the log. Cookies, Authorization and Set-Cookie are
 * redacted; request bodies are never logged (the req serializer keeps method, url and address), and
 * should one be logged anyway, passwords in it are redacted; screen tokens, which travel in the URL
 * (EventSource cannot send headers), are cut out of it.
 */
export function logOptions(level: string, stream?: DestinationStream | NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        'req.body.password',
        'req.body.currentPassword',
        'req.body.newPassword',
        'body.password',
        'password',
        'token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
        remoteAddress: req.ip,
      }),
    },
  };
}
