import { createHash } from 'node:crypto';
import { importJobParamsSchema, importJobSchema, importPlanSchema, importQuerySchema, importRefusedSchema } from '@kpi/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { HttpError } from '../../plugins/errors.js';
import { ImportJobs } from '../../services/import/jobs.js';
import { sniffFormat } from '../../services/import/read-file.js';
import { acceptUploads, localeOf, readUpload, requireMultipart, uploadedFileError } from '../../http/upload.js';
import { importTemplateRoutes } from './template.js';
import { errorResponses, notFound } from '../../http/errors.js';

/** Seconds a refused upload is told to wait: the queue moves an import at a time, tens of seconds for the largest. */
const QUEUE_RETRY_AFTER_S = 30;

const refused = { ...errorResponses(401, 403, 413, 415, 503), 400: importRefusedSchema, 409: importRefusedSchema, 422: importRefusedSchema };

/**
 * Spreadsheet import (analysts): the template (template.ts), a dry run that classifies every
 * row, and the real run as a job in a worker thread. Register with `app.register(importRoutes)`.
 */
export const importRoutes: FastifyPluginAsyncZod<{ limits?: Limits }> = async (app, { limits = DEFAULT_LIMITS }) => {
  const { importBytes, importRows, zipEntries, zipUncompressedBytes, zipRatio, importQueue } = limits;
  await acceptUploads(app, importBytes);
  const jobs = new ImportJobs(() => app.invalidateViews(), app.log, importQueue);
  /** Before the file is read, and again as its task is queued (no await in between). */
  const checkQueue = (reply: FastifyReply) => {
    if (!jobs.queueFull()) return;
    reply.header('retry-after', String(QUEUE_RETRY_AFTER_S));
    throw new HttpError(503, 'imports-busy', `${importQueue} imports are already waiting (IMPORT_MAX_QUEUED): try again in a minute`);
  };
  app.addHook('onClose', async () => jobs.drain());

  await app.register(importTemplateRoutes);

  app.post(
    '/api/imports',
    {
      config: { access: 'analyst' },
      onRequest: requireMultipart,
      schema: {
        tags: ['imports'],
        summary: 'Import a CSV or XLSX file of figures as drafts (analysts); ?dryRun=true first',
        description:
          `multipart/form-data with one file (≤ ${importBytes / 1024 / 1024} MB, ≤ ${importRows} rows; 413 beyond). dryRun=true: 200 with every row classified. ` +
          'Otherwise 202 with the job (GET /api/imports/:id), or a refusal carrying the plan: 400 rows-rejected, ' +
          '409 stale-plan (basis given and the file or a figure changed since), 409 figures-changed (figures kept changing while it was checked), ' +
          '422 unacknowledged-warnings (pass acknowledge=published-mismatch,jump). 503 imports-busy with Retry-After when IMPORT_MAX_QUEUED imports already wait.',
        querystring: importQuerySchema,
        response: { 200: importPlanSchema, 202: importJobSchema, ...refused },
      },
    },
    async (request, reply) => {
      const client = app.db.$client;
      if (client.memory) throw new HttpError(503, 'imports-unavailable', 'Imports need a database file (DATABASE_PATH), not an in-memory database');
      checkQueue(reply);
      const { bytes, fileName } = await readUpload(app, request, importBytes);
      try {
        sniffFormat(bytes, fileName);
      } catch (err) {
        uploadedFileError(err);
      }
      const { dryRun, acknowledge, basis } = request.query;
      checkQueue(reply);
      const answer = await jobs.start({
        mode: dryRun ? 'dry-run' : 'run',
        dbPath: client.name,
        jobId: ImportJobs.newId(),
        fileName,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        acknowledge,
        basis: basis ?? null,
        actor: request.user!.username,
        ownUnit: request.user!.unit,
        locale: localeOf(request),
        limits: { importRows, zipEntries, zipUncompressedBytes, zipRatio },
      });
      if (answer.type === 'refused') {
        throw new HttpError(answer.status, answer.code, answer.message, undefined, answer.plan ? { plan: answer.plan } : undefined);
      }
      if (answer.type === 'plan') return answer.plan;
      return reply.code(202).header('location', `/api/imports/${answer.job.id}`).send(answer.job);
    },
  );

  app.get(
    '/api/imports/:id',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['imports'],
        summary: 'An import job: status, progress and counts (analysts)',
        params: importJobParamsSchema,
        response: { 200: importJobSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const job = jobs.get(request.params.id);
      if (!job) throw notFound('No such import (jobs are kept until the server restarts)');
      return job;
    },
  );
};
