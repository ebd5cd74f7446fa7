import { healthSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../plugins/errors.js';
import { errorResponses } from '../../http/errors.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Liveness, with a query against the database; 503 when the database cannot answer or the server is overloaded',
        response: { 200: healthSchema, ...errorResponses(503) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      const started = performance.now();
      try {
        // Cheap, and it reads the file: a closed, locked or vanished database fails here.
        app.db.$client.prepare('select count(*) from indicators').pluck().get();
        const journalMode = String(app.db.$client.pragma('journal_mode', { simple: true }));
        const latencyMs = Math.round((performance.now() - started) * 100) / 100;
        return {
          status: 'ok' as const,
          database: { status: 'ok' as const, latencyMs, journalMode },
          indicators: app.view.indicatorCount(),
          dataVersion: app.view.version,
        };
      } catch (err) {
        app.log.error({ err }, 'health: the database did not answer');
        throw new HttpError(503, 'database-unavailable', 'The database does not answer');
      }
    },
  );
};
