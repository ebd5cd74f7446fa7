import { randomUUID } from 'node:crypto';
import { importWorkerPool, OUT_OF_MEMORY, type ImportWorkerPool } from './pool.js';
import type { ReadMessage, ReadResults, ReadTask } from './read-task.js';
import { ImportFileError } from './sheet.js';

/** A read task as callers give it: the pool's job id is made here. */
type TaskIn = ReadTask extends infer T ? (T extends ReadTask ? Omit<T, 'jobId'> : never) : never;

/**
 * Reads an uploaded file in the import worker (queued behind any figures import) and hands back
 * what was read. Problems with the file as a whole (too large, not UTF-8, a zip bomb, a missing
 * column, too heavy to read) come back as ImportFileError; anything else is our fault.
 */
export async function readInWorker<T extends TaskIn>(task: T, pool: ImportWorkerPool = importWorkerPool): Promise<ReadResults[T['kind']]> {
  let answer: ReadMessage | undefined;
  await pool.run({ ...task, jobId: randomUUID() } as ReadTask, (message) => (answer ??= message));
  if (answer?.type === 'refused') throw new ImportFileError(answer.status, answer.code, answer.message);
  if (answer?.type === 'failed') {
    if (answer.code === OUT_OF_MEMORY) throw new ImportFileError(413, answer.code, answer.message);
    throw new Error(`Reading the uploaded file failed: ${answer.detail ?? answer.message}`);
  }
  if (answer?.type !== 'read') throw new Error('The import worker ended without reading the file');
  return answer.result as ReadResults[T['kind']];
}
