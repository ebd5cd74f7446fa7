import { hostname } from 'node:os';
import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type DestinationStream } from 'pino';
import { redactUrl } from './log-options.js';

/** pino's `info` level, the one access lines are written at. */
const INFO = 30;

/** What of the app's pino logger the access line needs: its level's value and its destination. */
type PinoLike = FastifyBaseLogger & { levelVal?: number; [pino.symbols.streamSym]?: DestinationStream };

/**
 * One access line per request, written as its answer finishes, in place of Fastify's two
 * ("incoming request" and "request completed"): at the default level (info) the second line cost a
 * measurable share of a cached read (docs/benchmarks.md, dashboard throughput). Fastify's
 * `logController` is its own hook for these lines, so no request hook is added; its other lines
 * (errors of the default handler, the serializer, a failed stream) stay as they are.
 *
 * The line has the same fields in the same order as pino writes (level, time, pid, hostname, then
 * the request's), and goes straight to pino's destination: every field is fixed but four strings,
 * so it is written as a template rather than through pino's object serialiser and redaction,
 * which cost the cached dashboard read about 3 µs of its 50 (a CPU profile under `bench:api`).
 * Nothing secret can be in it: the URL's screen token is cut out (redactUrl), and no header or
 * body is written. An error line, rare, goes through pino as before.
 */
export class AccessLogController extends LogController {
  /** `{"level":30,"time":` … `,"pid":…,"hostname":…,` as pino's defaults write them. */
  readonly #base = `,"pid":${process.pid},"hostname":${JSON.stringify(hostname())},`;

  /** Only at debug: a request that hangs shows when it came in. */
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const log = request.server.log as PinoLike;
    // pino's level as a number: its `isLevelEnabled` looks the level up by name on every call.
    if (!error && log.levelVal !== undefined && log.levelVal > INFO) return;
    const responseTime = Math.round(reply.elapsedTime * 100) / 100;
    const stream = log[pino.symbols.streamSym];
    if (!error && stream) {
      stream.write(
        `{"level":${INFO},"time":${Date.now()}${this.#base}"${this.requestIdLogLabel}":${JSON.stringify(request.id)},"method":${JSON.stringify(request.method)},"url":${JSON.stringify(redactUrl(request.url))},"statusCode":${reply.statusCode},"responseTime":${responseTime},"remoteAddress":${JSON.stringify(request.ip ?? null)},"msg":"request"}\n`,
      );
      return;
    }
    const line = {
      [this.requestIdLogLabel]: request.id,
      method: request.method,
      url: redactUrl(request.url),
      statusCode: reply.statusCode,
      responseTime,
      remoteAddress: request.ip,
    };
    // An error here is the response stream's (the client went away mid-body, a file read failed).
    if (error) log.error({ ...line, err: error }, 'request errored');
    else log.info(line, 'request');
  }
}
