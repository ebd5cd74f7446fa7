/**
 * The import worker thread: reading a large file and writing thousands of rows never blocks the
 * server's event loop, so screens and other users keep being served. It takes one task at a time
 * (the pool queues them) and opens its own database connection for each.
 */
import { parentPort } from 'node:worker_threads';
import { isReadTask, runReadTask, type ReadTask } from './read-task.js';
import { runImportTask, type ImportTask } from './run.js';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
port.on('message', (task: ImportTask | ReadTask) => {
  const post = (message: object) => port.postMessage({ taskId: task.jobId, ...message });
  (isReadTask(task) ? runReadTask(task, post) : runImportTask(task, post))
    .catch((err: unknown) =>
      post({ type: 'failed', code: 'internal', message: 'The import failed; nothing was imported', detail: err instanceof Error ? err.stack : String(err) }),
    )
    .finally(() => post({ type: 'end' }));
});
