import { indicatorDetailQuerySchema, indicatorDetailSchema, indicatorListSchema, indicatorParamsSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCached } from '../../http/send-cached.js';
import { errorResponses, notFound } from '../../http/errors.js';

export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/indicators',
    {
      config: { access: 'read' },
      schema: {
        tags: ['indicators'],
        summary: 'Every indicator: code, names, group, kind, direction, unit',
        response: { 200: indicatorListSchema },
      },
    },
    (request, reply) => sendCached(request, reply, app.view.indicators()),
  );

  app.get(
    '/api/indicators/:code',
    {
      config: { access: 'read' },
      schema: {
        tags: ['indicators'],
        summary: 'One indicator: published series by year with targets, sources, statuses and data-quality flags',
        description: '`asOf` is the indicator as the overview shows it for `year` (without it, the latest year with a published figure).',
        params: indicatorParamsSchema,
        querystring: indicatorDetailQuerySchema,
        response: { 200: indicatorDetailSchema, ...errorResponses(400, 404) },
      },
    },
    (request, reply) => {
      const { include, year } = request.query;
      const body = app.viewFor(request, include).indicator(request.params.code, year);
      if (!body) throw notFound(`No indicator with code "${request.params.code}"`, { code: 'unknown-indicator' });
      sendCached(request, reply, body, include === 'drafts');
    },
  );
};
