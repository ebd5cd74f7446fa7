import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { redactUrl } from './log-options.js';

/**
 * One access line per request, written as its answer finishes, in place of Fastify's two
 * ("incoming request" and "request completed"): at the default level (info) the second line cost a
 * measurable share of a cached read (docs/benchmarks.md, dashboard throughput). Fastify's
 * `logController` is its own hook for these lines, so no request hook is added; its other lines
 * (errors of the default handler, the serializer, a failed stream) stay as they are.
 *
 * The line goes through the app's logger with the request id as a field, not through
 * `request.log`: that would make a pino child for every request (lazy-logger.ts).
 */
export class AccessLogController extends LogController {
  /** Only at debug: a request that hangs shows when it came in. */
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      [this.requestIdLogLabel]: request.id,
      method: request.method,
      url: redactUrl(request.url),
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime * 100) / 100,
      remoteAddress: request.ip,
    };
    // An error here is the response stream's (the client went away mid-body, a file read failed).
    if (error) request.server.log.error({ ...line, err: error }, 'request errored');
    else request.server.log.info(line, 'request');
  }
}
