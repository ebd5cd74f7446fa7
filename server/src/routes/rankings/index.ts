import { listProvinces, peerRanks } from '@kpi/db';
import {
  peerRanksQuerySchema,
  peerRanksSchema,
  provinceListSchema,
  rankingImportPlanSchema,
  rankingImportQuerySchema,
  rankingImportRefusedSchema,
  rankingParamsSchema,
  rankingTemplateQuerySchema,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { HttpError } from '../../plugins/errors.js';
import { errorResponses } from '../../http/errors.js';
import { CSV_TYPE, sendFile } from '../../http/spreadsheet-reply.js';
import { acceptUploads, localeOf, readUpload, requireMultipart, uploadedFileError } from '../../http/upload.js';
import { importRankTable } from '../../services/rankings/import.js';
import { readInWorker } from '../../services/import/read-in-worker.js';
import { rankTemplate } from '../../services/rankings/template.js';
import { toCsv } from '../../services/spreadsheet/write-csv.js';

/**
 * The Ministry's provincial ranking tables (issue 17): the provinces, the ranks of chosen peers
 * for everyone who may read figures, and the import of a published table by approvers — the
 * tables are published facts, not drafts awaiting a second pair of eyes, so those who publish
 * figures import them, with a dry run first.
 */
export const rankingRoutes: FastifyPluginAsyncZod<{ limits?: Limits }> = async (app, { limits = DEFAULT_LIMITS }) => {
  await acceptUploads(app, limits.importBytes);

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

  app.get(
    '/api/rankings/:index/template.csv',
    {
      // Who may import may fetch the form it takes; nobody else needs it.
      config: { access: 'approver' },
      schema: {
        tags: ['rankings'],
        summary: 'The CSV an import of a ranking table reads (approvers): headers in `lang` above the machine names, no rows',
        params: rankingParamsSchema,
        querystring: rankingTemplateQuerySchema,
        response: errorResponses(400, 401, 403),
      },
    },
    async (request, reply) => sendFile(reply, { body: toCsv(rankTemplate(request.query.lang)) }, CSV_TYPE, `${request.params.index}-ranking-template.csv`),
  );

  app.post(
    '/api/rankings/:index/import',
    {
      config: { access: 'approver' },
      onRequest: requireMultipart,
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
      const { bytes, fileName } = await readUpload(app, request, limits.importBytes);
      const locale = localeOf(request);
      const { dryRun, sourceId } = request.query;
      // Read in the import worker: an XLSX is unzipped and parsed there, off the event loop.
      const rows = await readInWorker({ kind: 'read-ranking', bytes, fileName, locale, limits }).catch(uploadedFileError);
      const plan = importRankTable(app.db, request.params.index, rows, { dryRun, sourceId, locale, actor: request.user!.username, fileName });
      if (plan.counts.refused > 0 && !dryRun) {
        throw new HttpError(400, 'rows-refused', `${plan.counts.refused} rows are refused: nothing was written`, undefined, { plan });
      }
      if (plan.written) app.invalidateViews();
      return plan;
    },
  );
};
