import { insertSource } from '@kpi/db';
import { errorBodySchema, includeQuerySchema, newSourceSchema, sourceListSchema, sourceSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCached } from '../../http/send-cached.js';

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/sources',
    {
      config: { access: 'read' },
      schema: {
        tags: ['sources'],
        summary: 'Documents that published figures and targets come from',
        description:
          'A document is listed once published data cites it (`cited`). `include=drafts` gives signed-in analysts every document, those only drafts cite too, for their entry forms.',
        querystring: includeQuerySchema,
        response: { 200: sourceListSchema, 400: errorBodySchema },
      },
    },
    (request, reply) => sendCached(request, reply, app.viewFor(request, request.query.include).sources(), request.query.include === 'drafts'),
  );

  app.post(
    '/api/sources',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['sources'],
        summary: 'Add a source document (analysts); it is public once published data cites it',
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
