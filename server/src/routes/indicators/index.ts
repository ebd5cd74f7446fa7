import {
  indicatorDetailQuerySchema,
  indicatorDetailSchema,
  indicatorListSchema,
  indicatorParamsSchema,
  unitBreakdownQuerySchema,
  unitBreakdownSchema,
} from '@kpi/shared';
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

  app.get(
    '/api/indicators/:code/units',
    {
      config: { access: 'read' },
      schema: {
        tags: ['indicators'],
        summary: 'One indicator by commune and ward for a year: each unit furthest behind first, and the province computed from them',
        description:
          'Units are those directly under the province on the last day of `year` (without it, the latest year a unit has a published figure). ' +
          'Each has its figure, last year’s, the change, the target that judges it (its own, else the province’s) and its status; ' +
          'the province is computed from them by the definition’s aggregation, beside its entered figure.',
        params: indicatorParamsSchema,
        querystring: unitBreakdownQuerySchema,
        response: { 200: unitBreakdownSchema, ...errorResponses(400, 404) },
      },
    },
    (request, reply) => {
      const body = app.view.units(request.params.code, request.query.year);
      if (!body) throw notFound(`No indicator with code "${request.params.code}"`, { code: 'unknown-indicator' });
      sendCached(request, reply, body);
    },
  );
};
