import { insertSource } from '@kpi/db';
import { errorBodySchema, newSourceSchema, sourceListSchema, sourceSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCached } from './send-cached.js';

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/sources',
    {
      config: { access: 'read' },
      schema: {
        tags: ['sources'],
        summary: 'Documents that figures and targets come from',
        response: { 200: sourceListSchema },
      },
    },
    (request, reply) => sendCached(request, reply, app.view.sources()),
  );

  app.post(
    '/api/sources',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['sources'],
        summary: 'Add a source document (analysts)',
        body: newSourceSchema,
        response: { 201: sourceSchema, 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request, reply) => {
      const source = insertSource(app.db, request.body, request.user!.username);
      app.invalidateViews();
      return reply.code(201).send(source);
    },
  );
};
