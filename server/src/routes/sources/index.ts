import { insertSource } from '@kpi/db';
import { includeQuerySchema, newSourceSchema, sourceListSchema, sourceSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCached } from '../../http/send-cached.js';
import { sourceFileRoutes } from './files.js';
import { errorResponses } from '../../http/errors.js';

/** Source documents: listed to readers, added by analysts; their stored files in files.ts. */
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
        response: { 200: sourceListSchema, ...errorResponses(400) },
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
        response: { 201: sourceSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const source = insertSource(app.db, request.body, request.user!.username);
      app.invalidateViews();
      return reply.code(201).send(source);
    },
  );

  await app.register(sourceFileRoutes);
};
