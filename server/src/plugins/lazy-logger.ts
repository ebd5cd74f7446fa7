import type { FastifyBaseLogger, LogLevel } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildLoggerOptions = NonNullable<Parameters<FastifyBaseLogger['child']>[1]>;

type Method = 'info' | 'error' | 'debug' | 'fatal' | 'warn' | 'trace';
/** pino's own check; other loggers do not have it, and then every call makes the child. */
type MaybePino = FastifyBaseLogger & { isLevelEnabled?: (level: string) => boolean };

/**
 * A request's logger that makes the real (pino) child on the first line it writes. Most requests
 * write none through it (their access line goes through the app's logger: access-log.ts), and
 * making a child for each was a measurable part of serving a cached body (docs/benchmarks.md).
 * Lines still carry the request id.
 */
export class LazyChildLogger implements FastifyBaseLogger {
  #child: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: MaybePino,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  #real(): FastifyBaseLogger {
    return (this.#child ??= this.parent.child(this.bindings, this.options));
  }

  /** False only when the line would be dropped anyway: then no child is made for it. */
  #writes(level: Method): boolean {
    if (this.#child || this.options.level !== undefined || typeof this.parent.isLevelEnabled !== 'function') return true;
    return this.parent.isLevelEnabled(level);
  }

  get level(): LogLevel {
    return (this.#child?.level ?? this.options.level ?? this.parent.level) as LogLevel;
  }

  set level(level: LogLevel) {
    this.#real().level = level;
  }

  #log(level: Method, args: unknown[]): void {
    if (!this.#writes(level)) return;
    const child = this.#real();
    (child[level] as (...a: unknown[]) => void).apply(child, args);
  }

  info(...args: unknown[]): void {
    this.#log('info', args);
  }
  error(...args: unknown[]): void {
    this.#log('error', args);
  }
  debug(...args: unknown[]): void {
    this.#log('debug', args);
  }
  fatal(...args: unknown[]): void {
    this.#log('fatal', args);
  }
  warn(...args: unknown[]): void {
    this.#log('warn', args);
  }
  trace(...args: unknown[]): void {
    this.#log('trace', args);
  }
  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#real().child(bindings, options);
  }
}

/** Fastify's `childLoggerFactory`: one lazy logger per request. */
export function lazyChildLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  return new LazyChildLogger(logger, bindings, options);
}
