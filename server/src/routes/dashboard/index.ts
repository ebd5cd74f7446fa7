import { catalogueSchema, dashboardSchema, includeQuerySchema, overviewQuerySchema, PROVINCE_UNIT } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCached } from '../../http/send-cached.js';
import { errorResponses, invalid } from '../../http/errors.js';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/dashboard',
    {
      config: { access: 'read' },
      schema: {
        tags: ['dashboard'],
        summary: 'The overview of a year: a card per indicator with figure, target, status, change and trend',
        description:
          'Without `year`, the latest year with a published figure. Cards name their indicator by `code` and documents by `sourceId`: `GET /api/catalogue` has their names (`catalogueVersion` says which catalogue they were built with; with `include=drafts`, ask the catalogue with it too). With `unit` (a commune’s or ward’s code), that unit’s overview: the indicators made from units, with its published figures and its own targets or else the province’s (drafts are not shown there).',
        querystring: overviewQuerySchema,
        response: { 200: dashboardSchema, ...errorResponses(400) },
      },
    },
    (request, reply) => {
      const { unit, year, include } = request.query;
      if (unit !== undefined && unit !== PROVINCE_UNIT) {
        if (!app.view.hasUnit(unit)) throw invalid(`No unit "${unit}"`, { unit: 'unknown-org-unit' });
        return sendCached(request, reply, app.view.unitDashboard(unit, year));
      }
      const view = app.viewFor(request, include);
      sendCached(request, reply, view.dashboard(year ?? view.latestYear()), include === 'drafts');
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
