import { catalogueSchema, dashboardQuerySchema, dashboardSchema, includeQuerySchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCached } from '../../http/send-cached.js';
import { errorResponses } from '../../http/errors.js';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/dashboard',
    {
      config: { access: 'read' },
      schema: {
        tags: ['dashboard'],
        summary: 'The overview of a year: a card per indicator with figure, target, status, change and trend',
        description:
          'Without `year`, the latest year with a published figure. Cards name their indicator by `code` and documents by `sourceId`: `GET /api/catalogue` has their names (`catalogueVersion` says which catalogue they were built with; with `include=drafts`, ask the catalogue with it too).',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...errorResponses(400) },
      },
    },
    (request, reply) => {
      const view = app.viewFor(request, request.query.include);
      sendCached(request, reply, view.dashboard(request.query.year ?? view.latestYear()), request.query.include === 'drafts');
    },
  );

  app.get(
    '/api/catalogue',
    {
      config: { access: 'read' },
      schema: {
        tags: ['dashboard'],
        summary: 'The indicators and documents the overview’s cards name by code and id',
        description:
          'Changes only when an indicator or a document does; `version` matches the dashboard’s `catalogueVersion`. Documents are those published data cites; `include=drafts` adds, for signed-in analysts, those only drafts cite.',
        querystring: includeQuerySchema,
        response: { 200: catalogueSchema, ...errorResponses(400) },
      },
    },
    (request, reply) => sendCached(request, reply, app.viewFor(request, request.query.include).catalogue(), request.query.include === 'drafts'),
  );
};
