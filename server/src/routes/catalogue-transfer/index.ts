import { exportCatalogue } from '@kpi/db';
import { catalogueFileSchema, catalogueImportBodySchema, cataloguePlanSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';
import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { planImport, refusedSchema } from './plan.js';
import { catalogueXlsxRoutes } from './xlsx.js';

/**
 * The catalogue travels: exported as one JSON file (groups, indicators as published, targets in
 * force, the documents they cite), imported with a dry run that lists what happens to every entry.
 * An import proposes definitions as drafts for another approver to publish, as the editor does,
 * revises targets as an approver may, and creates or changes groups only when an admin imports (as
 * only admins edit them); all of it is written, or none of it. The same file as XLSX: xlsx.ts.
 */
export const catalogueTransferRoutes: FastifyPluginAsyncZod<{ limits?: Limits }> = async (app, { limits = DEFAULT_LIMITS }) => {
  await app.register(catalogueXlsxRoutes, { limits });

  app.get(
    '/api/catalogue/export.json',
    {
      // What the file holds is published already: definitions, targets and their documents.
      config: { access: 'read' },
      schema: {
        tags: ['catalogue'],
        summary: 'The whole catalogue as one file: groups, published definitions, targets in force and their documents',
        response: { 200: catalogueFileSchema, ...errorResponses(401) },
      },
    },
    async (_request, reply) => {
      const file = exportCatalogue(app.db);
      reply.header('content-disposition', `attachment; filename="catalogue-${file.exportedAt!.slice(0, 10)}.json"`).header('cache-control', 'no-store');
      return file;
    },
  );

  app.post(
    '/api/catalogue/import',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['catalogue'],
        summary: 'Import a catalogue file (approvers): `dryRun` (the default) lists what would change and writes nothing',
        description:
          'New and changed groups are written at once when an admin imports, and refused otherwise. New and changed definitions become drafts for another approver to publish; a target that differs from the one in force becomes its next revision; documents are matched by number and title, or added. One refused entry refuses the file: 422 with the plan.',
        body: catalogueImportBodySchema,
        response: { 200: cataloguePlanSchema, 422: refusedSchema, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request) => planImport(app, request.body.file, request.user!, request.body.dryRun),
  );
};
