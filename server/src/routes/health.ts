import { errorBodySchema, healthSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness, with a query against the database',
        response: { 200: healthSchema, 503: errorBodySchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      app.db.$client.prepare('select 1').get();
      return { status: 'ok' as const, database: 'ok' as const, indicators: app.view.indicatorCount(), dataVersion: app.view.version };
    },
  );
};
