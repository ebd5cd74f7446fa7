import pino, { type DestinationStream } from 'pino';

/** What the server uses of its log destination. */
export interface LogDestination extends DestinationStream {
  end(): void;
  once(event: 'close' | 'error', listener: () => void): unknown;
}

type SonicBoom = ReturnType<typeof pino.destination>;

/** Lines wait until this many characters are gathered (about 16 access lines), or until the next flush. */
const BATCH_CHARS = 16384;
/** A quiet server's lines are out within this time. */
export const LOG_FLUSH_MS = 1000;

/**
 * Gathers lines into one string per batch and hands each batch to pino's asynchronous writer (a
 * SonicBoom) at once. SonicBoom's own batching (`minLength`) grows its pending string line by line
 * and measures all of it (`Buffer.byteLength`) on every write, then converts that string of many
 * pieces for the write: under `bench:api` that was 4 to 5 µs of the server's 60 per cached
 * dashboard read (a CPU profile, docs/benchmarks.md). An array joined once per batch costs a
 * fraction of that. A timer writes a partial batch, and the process's exit writes what is left.
 */
class LineBatches implements LogDestination {
  #lines: string[] = [];
  #chars = 0;
  readonly #timer: NodeJS.Timeout;
  readonly #onExit = () => this.#flushOnExit();

  constructor(private readonly out: SonicBoom) {
    this.#timer = setInterval(() => this.#flush(), LOG_FLUSH_MS).unref();
    // Registered after pino's own exit handler for `out`, so these lines come after its buffer.
    process.once('exit', this.#onExit);
  }

  write(line: string): void {
    this.#lines.push(line);
    this.#chars += line.length;
    if (this.#chars >= BATCH_CHARS) this.#flush();
  }

  #flush(): void {
    if (this.#lines.length === 0) return;
    const batch = this.#lines.join('');
    this.#lines = [];
    this.#chars = 0;
    this.out.write(batch);
  }

  #flushOnExit(): void {
    try {
      this.#flush();
      this.out.flushSync();
    } catch {
      // stdout is gone: nothing can be written anyway.
    }
  }

  end(): void {
    clearInterval(this.#timer);
    process.removeListener('exit', this.#onExit);
    this.#flush();
    this.out.end();
  }

  once(event: 'close' | 'error', listener: () => void): this {
    this.out.once(event, listener);
    return this;
  }
}

/**
 * The server's log, written asynchronously: lines go out by the thread pool, so a request does not
 * wait for a `write` to the terminal, pipe or journal; in batches (LineBatches), since one `write`
 * per line cost about a tenth of a cached read's CPU under load. `drainLog` writes what is left on
 * a clean stop. `dest`: stdout, or a file (tests). `batch: false` (at debug, where whoever reads
 * the log wants each line as it happens): each line goes out as soon as the previous write is done.
 */
export function asyncStdout(dest: number | string = 1, { batch = true } = {}): LogDestination {
  const out = pino.destination({ dest, sync: false });
  return batch ? new LineBatches(out) : out;
}

/**
 * Writes every line still buffered and resolves once they are out (stdout itself stays open), or
 * after `timeoutMs` should stdout be gone: the last thing before `process.exit`.
 */
export function drainLog(stream: LogDestination, timeoutMs = 5_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    stream.once('close', done);
    stream.once('error', done);
    try {
      stream.end();
    } catch {
      done(); // already ended
    }
  });
}
