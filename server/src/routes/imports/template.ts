import { templateQuerySchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkIndicatorCodes, CSV_TYPE, sendFile, XLSX_TYPE } from '../../http/spreadsheet-reply.js';
import { templateTables } from '../../services/import/template.js';
import { toCsv } from '../../services/spreadsheet/write-csv.js';
import { toXlsx } from '../../services/spreadsheet/write-xlsx.js';
import { errorResponses } from '../../http/errors.js';

/** The import template to fill in (analysts), prefilled from the catalogue; built afresh each time, never cached. */
export const importTemplateRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const format of ['xlsx', 'csv'] as const) {
    app.get(
      `/api/imports/template.${format}`,
      {
        config: { access: 'analyst' },
        schema: {
          tags: ['imports'],
          summary: `The import template as ${format.toUpperCase()}, prefilled with every indicator and the year to fill`,
          querystring: templateQuerySchema,
          response: errorResponses(400, 401, 403),
        },
      },
      async (request, reply) => {
        checkIndicatorCodes(app, request.query.indicators);
        const tables = templateTables(app.db, request.query);
        const body = format === 'xlsx' ? await toXlsx(tables) : toCsv(tables[0]!);
        return sendFile(reply, { body }, format === 'xlsx' ? XLSX_TYPE : CSV_TYPE, `kpi-import-template.${format}`);
      },
    );
  }
};
