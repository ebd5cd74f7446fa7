import { createHash } from 'node:crypto';
import { importOrgUnits, listOrgUnits } from '@kpi/db';
import { orgUnitFileQuerySchema, orgUnitImportPlanSchema, orgUnitImportQuerySchema, orgUnitImportRefusedSchema, type OrgUnitImportPlan } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';
import { refuseWhenImportsWait } from '../../http/import-queue.js';
import { CSV_TYPE, sendFile, XLSX_TYPE } from '../../http/spreadsheet-reply.js';
import { acceptUploads, localeOf, readUpload, requireMultipart, uploadedFileError } from '../../http/upload.js';
import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { HttpError } from '../../plugins/errors.js';
import { orgUnitsTable } from '../../services/export/org-units.js';
import { readOrgUnitSheet } from '../../services/import/org-units-read.js';
import { sniffFormat } from '../../services/import/read-file.js';
import { orgUnitsSheet } from '../../services/import/sheet-spec.js';
import { toCsv } from '../../services/spreadsheet/write-csv.js';
import { toXlsx } from '../../services/spreadsheet/write-xlsx.js';

/**
 * The organisation units as a file (admin): every unit in the columns the import reads (CSV or
 * XLSX), and the import of such a file, `?dryRun=true` first, then the run that writes all of it or
 * nothing. The file is read by the figures import's readers in its worker; the plan and the writes
 * are one transaction on the app's connection, the units being a few hundred rows at most.
 */
export const orgUnitFileRoutes: FastifyPluginAsyncZod<{ limits?: Limits }> = async (app, { limits = DEFAULT_LIMITS }) => {
  const { importBytes, importRows, zipEntries, zipUncompressedBytes, zipRatio, importQueue } = limits;
  await acceptUploads(app, importBytes);
  const admin = { config: { access: 'admin' as const } };

  for (const format of ['xlsx', 'csv'] as const) {
    app.get(
      `/api/org-units/export.${format}`,
      {
        ...admin,
        schema: {
          tags: ['org-units'],
          summary: `Every organisation unit as ${format.toUpperCase()}, in the columns the units import reads (admin)`,
          querystring: orgUnitFileQuerySchema,
          response: errorResponses(400, 401, 403),
        },
      },
      async (request, reply) => {
        const table = orgUnitsTable(listOrgUnits(app.db), request.query.lang);
        const body = format === 'xlsx' ? await toXlsx([table]) : toCsv(table);
        return sendFile(reply, { body }, format === 'xlsx' ? XLSX_TYPE : CSV_TYPE, `org-units.${format}`);
      },
    );
  }

  app.post(
    '/api/org-units/import',
    {
      ...admin,
      onRequest: requireMultipart,
      schema: {
        tags: ['org-units'],
        summary: 'Import a CSV or XLSX file of organisation units (admin); ?dryRun=true first',
        description:
          'multipart/form-data with one file, headed as GET /api/org-units/export.xlsx (Vietnamese or English headers). dryRun=true: 200 with every row ' +
          'new, changed (which fields), unchanged or refused (which column and why), in the Accept-Language. Otherwise every new and changed unit is ' +
          'written in one transaction, audited: 200 with applied=true, or nothing is written: 400 rows-refused, 409 stale-plan (basis given and the ' +
          'file or a unit changed since), each carrying the plan. Units the file does not name are left as they are.',
        querystring: orgUnitImportQuerySchema,
        response: {
          200: orgUnitImportPlanSchema,
          400: orgUnitImportRefusedSchema,
          409: orgUnitImportRefusedSchema,
          ...errorResponses(401, 403, 413, 415, 503),
        },
      },
    },
    async (request, reply) => {
      refuseWhenImportsWait(reply, importQueue);
      const { bytes, fileName } = await readUpload(app, request, importBytes);
      const locale = localeOf(request);
      try {
        sniffFormat(bytes, fileName, orgUnitsSheet.template);
      } catch (err) {
        uploadedFileError(err);
      }
      refuseWhenImportsWait(reply, importQueue);
      const sheet = await readOrgUnitSheet({ bytes, fileName, locale, limits: { importRows, zipEntries, zipUncompressedBytes, zipRatio } }).catch(
        uploadedFileError,
      );
      const { dryRun, basis } = request.query;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const result = importOrgUnits(app.db, sheet, { actor: request.user!.username, locale, sha256, apply: !dryRun, basis });
      const plan: OrgUnitImportPlan = {
        fileName,
        format: sheet.format,
        columns: sheet.columns,
        ignoredColumns: sheet.ignoredColumns,
        counts: result.counts,
        canImport: result.counts.refused === 0,
        basis: result.basis,
        applied: result.applied,
        rows: result.rows,
      };
      if (!dryRun && result.counts.refused > 0) {
        throw new HttpError(
          400,
          'rows-refused',
          `${result.counts.refused} row(s) refused: nothing was imported. Correct them and send the file again`,
          undefined,
          { plan },
        );
      }
      if (result.stale) {
        throw new HttpError(409, 'stale-plan', 'The file or the units changed since the dry run: run the dry run again and review it', undefined, { plan });
      }
      if (result.applied && result.writes.length) app.invalidateViews();
      return plan;
    },
  );
};
