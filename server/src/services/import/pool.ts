import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ReadMessage, ReadTask } from './read-task.js';
import type { ImportMessage, ImportTask } from './run.js';

/** What the worker runs: a figures import, or reading a file for an import planned on the main thread. */
export type WorkerTask = ImportTask | ReadTask;
export type WorkerMessage = ImportMessage | ReadMessage;

/**
 * A file that needs more memory than this ends the worker, not the server. Zip bombs never get
 * this far (zip-check.ts cuts them off while inflating); this is the backstop for a workbook whose
 * parsing is heavy for real.
 */
const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512 };
/** The failure code of a task whose worker ran out of memory: the file is too heavy to read. */
export const OUT_OF_MEMORY = 'file-too-heavy';
const built = new URL('./worker.js', import.meta.url);

/**
 * The build emits worker.js beside this file; tests run the TypeScript sources, so there the
 * worker loads worker.ts through tsx, resolving workspace packages to their sources (the
 * `source` condition) just as vitest does.
 */
function spawn(resourceLimits: ResourceLimits): Worker {
  if (existsSync(fileURLToPath(built))) return new Worker(built, { resourceLimits });
  // The ES module build of tsx's API, whichever build require.resolve picks under the test
  // runner's resolve conditions (its CommonJS build cannot register from an ES worker).
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const source = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: ['--conditions', 'source'], resourceLimits });
}

/** Worker → main: a task's messages, then `end` once it is over. */
export type PoolMessage = { taskId: string } & (WorkerMessage | { type: 'end' });

/**
 * One import worker thread for the process, started on first use and kept (unref'd, so it never
 * holds the process open): imports run off the event loop without paying a thread's start-up
 * each time. Tasks run one at a time — SQLite has one writer anyway. A crashed worker fails its
 * task and is replaced by the next one.
 */
export class ImportWorkerPool {
  #worker: Worker | null = null;
  #lastError: Error | null = null;
  #queue: Promise<void> = Promise.resolve();
  #pending = 0;

  /** `resourceLimits`: the worker's heap cap (tests set a small one to make a file too heavy). */
  constructor(private readonly resourceLimits: ResourceLimits = DEFAULT_RESOURCE_LIMITS) {}

  /** Queues the task; `onMessage` gets its messages (those of its kind of task); resolves when it is over. */
  run(task: ImportTask, onMessage: (message: ImportMessage) => void): Promise<void>;
  run(task: ReadTask, onMessage: (message: ReadMessage) => void): Promise<void>;
  run(task: WorkerTask, onMessage: (message: never) => void): Promise<void> {
    this.#pending += 1;
    const run = this.#queue.then(() => this.#runNow(task, onMessage as (message: WorkerMessage) => void)).finally(() => (this.#pending -= 1));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Tasks queued and not yet over: the one running and those waiting behind it. */
  get pending(): number {
    return this.#pending;
  }

  /** Resolves once every queued task is over. */
  idle(): Promise<void> {
    return this.#queue;
  }

  #runNow(task: WorkerTask, onMessage: (message: WorkerMessage) => void): Promise<void> {
    const worker = (this.#worker ??= this.#start());
    return new Promise<void>((resolve) => {
      const end = () => {
        worker.off('message', listen);
        worker.off('exit', crashed);
        resolve();
      };
      const listen = (message: PoolMessage) => {
        if (message.taskId !== task.jobId) return;
        if (message.type === 'end') return end();
        const { taskId: _, ...rest } = message;
        onMessage(rest as WorkerMessage);
      };
      const crashed = () => {
        const detail = this.#lastError?.stack ?? 'the import worker exited';
        // The file, not the server, is at fault: its answer says so (413), as for any file too large.
        if ((this.#lastError as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          onMessage({
            type: 'failed',
            code: OUT_OF_MEMORY,
            message: `Reading the file needs more than the ${this.resourceLimits.maxOldGenerationSizeMb} MB an import may use: split it into several files; nothing was imported`,
            detail,
          });
        } else {
          onMessage({ type: 'failed', code: 'internal', message: 'The import stopped; nothing was imported', detail });
        }
        end();
      };
      worker.on('message', listen);
      worker.once('exit', crashed);
      worker.postMessage(task);
    });
  }

  #start(): Worker {
    this.#lastError = null;
    const worker = spawn(this.resourceLimits);
    worker.unref();
    // Reported as the running task's failure by the 'exit' that follows.
    worker.on('error', (err) => (this.#lastError = err));
    worker.once('exit', () => {
      if (this.#worker === worker) this.#worker = null;
    });
    return worker;
  }
}

export const importWorkerPool = new ImportWorkerPool();
