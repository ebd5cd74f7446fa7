import { findOrgUnit } from '@kpi/db';
import { exportQuerySchema, validationMessage } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportTable, type ExportOptions } from '../../services/export/figures.js';
import { toCsv } from '../../services/spreadsheet/write-csv.js';
import { toXlsx } from '../../services/spreadsheet/write-xlsx.js';
import { checkIndicatorCodes, CSV_TYPE, sendFile, XLSX_TYPE } from '../../http/spreadsheet-reply.js';
import { errorResponses, invalid } from '../../http/errors.js';

const fileName = ({ from, to, unit }: ExportOptions, ext: string) => `figures${unit ? `-${unit}` : ''}${from ? `-${from}` : ''}${to ? `-${to}` : ''}.${ext}`;

/**
 * Published figures as CSV or XLSX, for a range of years and a choice of indicators. Readable by
 * whoever may read the dashboard (PUBLIC_READ is enforced for all of /api by the auth plugin).
 */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const schema = (format: string) => ({
    tags: ['exports'],
    summary: `Published figures as ${format}`,
    description:
      'Query: from, to (years, inclusive), indicators (codes, comma-separated), unit (an organisation unit’s code: its figures only; `lang-son` for the province’s), lang (vi|en, for names). Every row names its unit. Drafts are never exported.',
    querystring: exportQuerySchema,
    response: errorResponses(400, 401),
  });

  /** `unit=` must name a unit that exists: 400 naming `unit`. */
  const checkUnit = (unit: string | undefined) => {
    if (unit !== undefined && !findOrgUnit(app.db, unit)) throw invalid(`unit: ${validationMessage('unknown-org-unit', 'en')}`, { unit: 'unknown-org-unit' });
  };

  // Built once per data version and query (PublishedFiles): an XLSX takes real CPU to write.
  app.get('/api/exports/figures.csv', { config: { access: 'read' }, schema: schema('CSV (UTF-8 with BOM)') }, async (request, reply) => {
    const { query } = request;
    checkIndicatorCodes(app, query.indicators);
    checkUnit(query.unit);
    const file = await app.publishedFiles.get('figures.csv', { ...query }, () => toCsv(exportTable(app.db, query)));
    return sendFile(reply, file, CSV_TYPE, fileName(query, 'csv'));
  });

  app.get('/api/exports/figures.xlsx', { config: { access: 'read' }, schema: schema('XLSX') }, async (request, reply) => {
    const { query } = request;
    checkIndicatorCodes(app, query.indicators);
    checkUnit(query.unit);
    const file = await app.publishedFiles.get('figures.xlsx', { ...query }, () => toXlsx([exportTable(app.db, query)]));
    return sendFile(reply, file, XLSX_TYPE, fileName(query, 'xlsx'));
  });
};
