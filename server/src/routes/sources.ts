import { sourceListSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCached } from './send-cached.js';

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'Documents that figures and targets come from',
        response: { 200: sourceListSchema },
      },
    },
    async (_request, reply) => sendCached(reply, app.view.sources()),
  );
};
