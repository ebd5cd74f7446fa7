import multipart from '@fastify/multipart';
import { listProvinces, peerRanks } from '@kpi/db';
import {
  peerRanksQuerySchema,
  peerRanksSchema,
  provinceListSchema,
  rankingImportPlanSchema,
  rankingImportQuerySchema,
  rankingImportRefusedSchema,
  rankingParamsSchema,
  type Locale,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { HttpError } from '../../plugins/errors.js';
import { errorResponses } from '../../http/errors.js';
import { malformedMultipart } from '../../http/multipart-errors.js';
import { ImportFileError } from '../../services/import/sheet.js';
import { importRankTable } from '../../services/rankings/import.js';
import { readRankTable } from '../../services/rankings/read-table.js';

const localeOf = (acceptLanguage: string | undefined): Locale => (/^\s*vi\b/i.test(acceptLanguage ?? '') ? 'vi' : 'en');

/**
 * The Ministry's provincial ranking tables (issue 17): the provinces, the ranks of chosen peers
 * for everyone who may read figures, and the import of a published table by approvers — the
 * tables are published facts, not drafts awaiting a second pair of eyes, so those who publish
 * figures import them, with a dry run first.
 */
export const rankingRoutes: FastifyPluginAsyncZod<{ limits?: Limits }> = async (app, { limits = DEFAULT_LIMITS }) => {
  // Encapsulated here, as for the figures' import: the rest of the API keeps refusing multipart bodies.
  await app.register(multipart, { limits: { fileSize: limits.importBytes, files: 1, fields: 2, parts: 3 } });

  app.get(
    '/api/provinces',
    {
      config: { access: 'read' },
      schema: {
        tags: ['rankings'],
        summary: 'The provinces the ranking tables rank: the 63 until 30/6/2025 and the 34 from 1/7/2025, merged ones with their former parts',
        response: { 200: provinceListSchema, ...errorResponses(401) },
      },
    },
    async () => ({ provinces: listProvinces(app.db) }),
  );

  app.get(
    '/api/rankings/:index',
    {
      config: { access: 'read' },
      schema: {
        tags: ['rankings'],
        summary:
          "Lạng Sơn's and chosen provinces' ranks by year (?provinces=cao-bang,quang-ninh&top=10), with each year's out-of and median score where the whole table is held",
        params: rankingParamsSchema,
        querystring: peerRanksQuerySchema,
        response: { 200: peerRanksSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => peerRanks(app.db, request.params.index, request.query.provinces, request.query.top),
  );

  app.post(
    '/api/rankings/:index/import',
    {
      config: { access: 'approver' },
      onRequest: async (request) => {
        if (!/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '')) {
          throw new HttpError(415, 'unsupported-media-type', 'Send the file as multipart/form-data, in a field named "file"');
        }
      },
      schema: {
        tags: ['rankings'],
        summary: 'Import a ranking table from CSV or XLSX (approvers); ?dryRun=true lists every row as new, changed, unchanged or refused',
        description:
          'Columns: province, year, rank, out_of, score, government_rank, economy_rank, society_rank, source_id, note (or their Vietnamese or English headers). ' +
          'A row without source_id cites ?sourceId. All or nothing: any refused row makes the run a 400 carrying the plan, and nothing is written.',
        params: rankingParamsSchema,
        querystring: rankingImportQuerySchema,
        response: { 200: rankingImportPlanSchema, 400: rankingImportRefusedSchema, ...errorResponses(401, 403, 413, 415) },
      },
    },
    async (request) => {
      const file = await request.file().catch(malformedMultipart);
      if (!file) throw new HttpError(400, 'file-required', 'Send the file in a multipart field named "file"');
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (err) {
        if (err instanceof app.multipartErrors.RequestFileTooLargeError) {
          throw new HttpError(413, 'file-too-large', `The file is larger than ${limits.importBytes / 1024 / 1024} MB`);
        }
        malformedMultipart(err);
      }
      const locale = localeOf(request.headers['accept-language']);
      const { dryRun, sourceId } = request.query;
      const rows = await readRankTable(bytes, file.filename, locale, limits).catch((err: unknown) => {
        if (err instanceof ImportFileError) throw new HttpError(err.status, err.code, err.message);
        throw err;
      });
      const plan = importRankTable(app.db, request.params.index, rows, { dryRun, sourceId, locale, actor: request.user!.username, fileName: file.filename });
      if (plan.counts.refused > 0 && !dryRun) {
        throw new HttpError(400, 'rows-refused', `${plan.counts.refused} rows are refused: nothing was written`, undefined, { plan });
      }
      if (plan.written) app.invalidateViews();
      return plan;
    },
  );
};
