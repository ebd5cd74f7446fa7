import type { FastifyReply } from 'fastify';
import { importWorkerPool, type ImportWorkerPool } from '../services/import/pool.js';
import { HttpError } from '../plugins/errors.js';

/**
 * 503 with Retry-After once `queue` reads or imports already wait for the import worker, each
 * holding its file in memory. Called before the upload is read and again just before its task is
 * queued (no await in between).
 */
export function refuseWhenImportsWait(reply: FastifyReply, queue: number, pool: ImportWorkerPool = importWorkerPool): void {
  if (pool.pending <= queue) return;
  reply.header('retry-after', '30');
  throw new HttpError(503, 'imports-busy', `${queue} imports are already waiting (IMPORT_MAX_QUEUED): try again in a minute`);
}
