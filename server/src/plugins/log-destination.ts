import pino, { type DestinationStream } from 'pino';

/** What the server uses of pino's asynchronous destination (a SonicBoom). */
export interface LogDestination extends DestinationStream {
  end(): void;
  once(event: 'close' | 'error', listener: () => void): unknown;
}

/** Lines wait until this many bytes are buffered (about 20 access lines), or until the next flush. */
const BATCH_BYTES = 4096;
/** A quiet server's lines are out within this time. */
export const LOG_FLUSH_MS = 1000;

/**
 * The server's log through pino's asynchronous writer: lines are buffered and written by the
 * thread pool, so a request does not wait for a `write` to the terminal, pipe or journal. Lines
 * go out in batches: one `write` per line cost about a tenth of a cached read's CPU under load
 * (a CPU profile of `bench:api`), a batch of 4 KiB a fraction of that; a timer writes a partial
 * batch, so nothing waits longer than LOG_FLUSH_MS. pino writes what is still buffered when the
 * process exits; `drainLog` does it on a clean stop. `dest`: stdout, or a file (tests).
 * `batch: false` (at debug, where whoever reads the log wants each line as it happens): each line
 * goes out as soon as the previous write is done.
 */
export function asyncStdout(dest: number | string = 1, { batch = true } = {}): LogDestination {
  return batch ? pino.destination({ dest, sync: false, minLength: BATCH_BYTES, periodicFlush: LOG_FLUSH_MS }) : pino.destination({ dest, sync: false });
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
