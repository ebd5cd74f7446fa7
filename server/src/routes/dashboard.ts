import { dashboardQuerySchema, dashboardSchema, errorBodySchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCached } from './send-cached.js';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'The overview of a year: a card per indicator with figure, target, status, change and trend',
        description: 'Without `year`, the latest year with a published figure.',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const view = app.viewFor(request, request.query.include);
      return sendCached(request, reply, view.dashboard(request.query.year ?? view.latestYear()));
    },
  );
};
