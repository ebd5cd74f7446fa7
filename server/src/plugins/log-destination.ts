import pino, { type DestinationStream } from 'pino';

/** What the server uses of pino's asynchronous destination (a SonicBoom). */
export interface LogDestination extends DestinationStream {
  end(): void;
  once(event: 'close' | 'error', listener: () => void): unknown;
}

/**
 * The server's log on stdout through pino's asynchronous writer: lines are buffered and written
 * by the thread pool, so a request does not wait for a `write` to the terminal, pipe or journal.
 * pino writes what is still buffered when the process exits; `drainLog` does it on a clean stop.
 */
export function asyncStdout(): LogDestination {
  return pino.destination({ dest: 1, sync: false });
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
