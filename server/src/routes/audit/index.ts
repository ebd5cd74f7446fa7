import { listAudit } from '@kpi/db';
import { auditListSchema, auditQuerySchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';

/** A bare date as `to` means the whole of that day. */
const endOfDay = (value: string | undefined) => (value && value.length === 10 ? `${value}T23:59:59.999Z` : value);

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first, filtered by indicator, user and date (admins)',
        querystring: auditQuerySchema,
        response: { 200: auditListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { indicator, user, from, to, limit } = request.query;
      reply.header('cache-control', 'no-store');
      return { entries: listAudit(app.db, { indicatorCode: indicator, actor: user, from, to: endOfDay(to), limit }) };
    },
  );
};
