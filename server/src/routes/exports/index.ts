import { exportQuerySchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportTable, type ExportOptions } from '../../services/export/figures.js';
import { toCsv } from '../../services/spreadsheet/write-csv.js';
import { toXlsx } from '../../services/spreadsheet/write-xlsx.js';
import { checkIndicatorCodes, CSV_TYPE, sendFile, XLSX_TYPE } from '../../http/spreadsheet-reply.js';
import { errorResponses } from '../../http/errors.js';

const fileName = ({ from, to }: ExportOptions, ext: string) => `figures${from ? `-${from}` : ''}${to ? `-${to}` : ''}.${ext}`;

/**
 * Published figures as CSV or XLSX, for a range of years and a choice of indicators. Readable by
 * whoever may read the dashboard (PUBLIC_READ is enforced for all of /api by the auth plugin).
 */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const schema = (format: string) => ({
    tags: ['exports'],
    summary: `Published figures as ${format}`,
    description: 'Query: from, to (years, inclusive), indicators (codes, comma-separated), lang (vi|en, for names). Drafts are never exported.',
    querystring: exportQuerySchema,
    response: errorResponses(400, 401),
  });

  // Built once per data version and query (PublishedFiles): an XLSX takes real CPU to write.
  app.get('/api/exports/figures.csv', { config: { access: 'read' }, schema: schema('CSV (UTF-8 with BOM)') }, async (request, reply) => {
    const { query } = request;
    checkIndicatorCodes(app, query.indicators);
    const file = await app.publishedFiles.get('figures.csv', { ...query }, () => toCsv(exportTable(app.db, query)));
    return sendFile(reply, file, CSV_TYPE, fileName(query, 'csv'));
  });

  app.get('/api/exports/figures.xlsx', { config: { access: 'read' }, schema: schema('XLSX') }, async (request, reply) => {
    const { query } = request;
    checkIndicatorCodes(app, query.indicators);
    const file = await app.publishedFiles.get('figures.xlsx', { ...query }, () => toXlsx([exportTable(app.db, query)]));
    return sendFile(reply, file, XLSX_TYPE, fileName(query, 'xlsx'));
  });
};
