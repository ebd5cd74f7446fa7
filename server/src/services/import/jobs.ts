import { randomUUID } from 'node:crypto';
import type { ImportCounts, ImportJob } from '@kpi/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { ImportMessage, ImportTask } from './run.js';
import { importWorkerPool, OUT_OF_MEMORY, type ImportWorkerPool } from './pool.js';

export type FirstAnswer = Extract<ImportMessage, { type: 'refused' | 'plan' }> | { type: 'accepted'; job: ImportJob };

const KEEP_FINISHED = 100;

/**
 * Import jobs of this process: each runs in the import worker thread, and its status, progress and
 * counts are kept here for `GET /api/imports/:id` (in memory: a restart forgets finished jobs,
 * while the audit keeps every import that wrote).
 */
export class ImportJobs {
  readonly #jobs = new Map<string, ImportJob>();

  constructor(
    private readonly onWritten: () => void,
    private readonly log: FastifyBaseLogger,
    /** How many may wait behind the running one (IMPORT_MAX_QUEUED): each holds its file's bytes. */
    private readonly maxQueued: number,
    private readonly pool: ImportWorkerPool = importWorkerPool,
  ) {}

  /** Whether one more task would make more than `maxQueued` wait behind the running one. */
  queueFull(): boolean {
    return this.pool.pending > this.maxQueued;
  }

  static newId(): string {
    return randomUUID();
  }

  get(id: string): ImportJob | undefined {
    return this.#jobs.get(id);
  }

  /**
   * Queues the task on the import worker and resolves with its first answer: a dry run's plan, a
   * real run's job (now writing), or why it refused. Later messages update the job.
   */
  start(task: ImportTask): Promise<FirstAnswer> {
    return new Promise((resolve, reject) => {
      let answered = false;
      let job: ImportJob | null = null;
      const answer = (value: FirstAnswer | Error) => {
        if (answered) return;
        answered = true;
        if (value instanceof Error) reject(value);
        else resolve(value);
      };
      const finish = (patch: Partial<ImportJob>) => {
        if (job?.status === 'running') Object.assign(job, patch, { finishedAt: new Date().toISOString() });
      };
      const onMessage = (m: ImportMessage) => {
        switch (m.type) {
          case 'refused':
            return answer(m);
          case 'plan':
            return answer(m);
          case 'accepted':
            job = this.#create(task, m.counts);
            return answer({ type: 'accepted', job });
          case 'progress':
            if (job) job.progress = { done: m.done, total: m.total };
            return;
          case 'done':
            finish({ status: 'succeeded', progress: { done: m.written, total: m.written } });
            return this.onWritten();
          case 'failed':
            if (m.detail) this.log.error({ importId: task.jobId, detail: m.detail }, 'import failed');
            // Before any answer, a file too heavy to read is refused like a file too large (413).
            answer(m.code === OUT_OF_MEMORY ? { type: 'refused', status: 413, code: m.code, message: m.message } : new Error(m.message));
            return finish({ status: 'failed', error: { code: m.code, message: m.message } });
        }
      };
      const ended = (err?: unknown) => {
        if (err) this.log.error({ err, importId: task.jobId }, 'import worker failed to start');
        answer(err instanceof Error ? err : new Error('The import worker ended without an answer'));
        finish({ status: 'failed', error: { code: 'internal', message: 'The import stopped; nothing was imported' } });
      };
      this.pool.run(task, onMessage).then(() => ended(), ended);
    });
  }

  /** Waits for queued imports to end (server shutdown). */
  async drain(): Promise<void> {
    await this.pool.idle();
  }

  #create(task: ImportTask, counts: ImportCounts): ImportJob {
    const job: ImportJob = {
      id: task.jobId,
      status: 'running',
      fileName: task.fileName,
      sha256: task.sha256,
      createdBy: task.actor,
      createdAt: new Date().toISOString(),
      finishedAt: null,
      progress: { done: 0, total: counts.new + counts.changed },
      counts,
      error: null,
    };
    this.#jobs.set(job.id, job);
    const finished = [...this.#jobs.values()].filter((j) => j.status !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.#jobs.delete(old.id);
    return job;
  }
}
