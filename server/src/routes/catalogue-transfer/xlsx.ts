import { exportCatalogue } from '@kpi/db';
import { CatalogueSheetError, catalogueXlsxImportQuerySchema, catalogueXlsxQuerySchema, cataloguePlanSchema, sheetsToCatalogue } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';
import { refuseWhenImportsWait } from '../../http/import-queue.js';
import { sendFile, XLSX_TYPE } from '../../http/spreadsheet-reply.js';
import { acceptUploads, readUpload, requireMultipart, uploadedFileError } from '../../http/upload.js';
import type { Limits } from '../../limits.js';
import { HttpError } from '../../plugins/errors.js';
import { catalogueXlsx } from '../../services/catalogue/xlsx.js';
import { readInWorker } from '../../services/import/read-in-worker.js';
import { sniffFormat } from '../../services/import/read-file.js';
import { ImportFileError } from '../../services/import/sheet.js';
import { planImport, refusedSchema } from './plan.js';

/** Problems with the upload itself (its size, its zip, a missing sheet) answered with their own status. */
function fileError(err: unknown): never {
  if (err instanceof CatalogueSheetError)
    throw new HttpError(400, 'validation', `The workbook cannot be read as a catalogue: ${err.message}`, { [err.field]: err.reason });
  uploadedFileError(err);
}

/**
 * The catalogue file (catalogue-file.ts) as an XLSX workbook, one sheet per part (catalogue-sheets.ts
 * in shared): exported in the reader's language, imported through the figures import's zip-checked
 * reader, with the JSON import's dry run and all-or-nothing. A row that cannot be read is listed
 * by sheet, row and column in the plan, and refuses the file.
 */
export const catalogueXlsxRoutes: FastifyPluginAsyncZod<{ limits: Limits }> = async (app, { limits }) => {
  // Encapsulated here: the JSON import beside it keeps refusing multipart bodies.
  await acceptUploads(app, limits.importBytes);

  app.get(
    '/api/catalogue/export.xlsx',
    {
      config: { access: 'read' },
      schema: {
        tags: ['catalogue'],
        summary: 'The whole catalogue as an XLSX workbook: sheets indicators, targets and sources',
        description: 'The same content as export.json; `lang` (vi|en) chooses the headers people read, above the machine names an import reads.',
        querystring: catalogueXlsxQuerySchema,
        response: errorResponses(400, 401),
      },
    },
    async (request, reply) => {
      const file = exportCatalogue(app.db);
      const body = await catalogueXlsx(file, request.query.lang);
      return sendFile(reply, { body }, XLSX_TYPE, `catalogue-${file.exportedAt!.slice(0, 10)}.xlsx`);
    },
  );

  app.post(
    '/api/catalogue/import.xlsx',
    {
      config: { access: 'approver' },
      onRequest: requireMultipart,
      schema: {
        tags: ['catalogue'],
        summary: 'Import a catalogue workbook (approvers): a dry run unless `dryRun=false`',
        description:
          'multipart/form-data with one .xlsx file in `file`, as export.xlsx writes it. As POST /api/catalogue/import; besides, `rows` lists each row that cannot be read (sheet, row, column, reason), and any such row refuses the file (422 on a run). 413 for a file past the import limits or a zip bomb.',
        consumes: ['multipart/form-data'],
        querystring: catalogueXlsxImportQuerySchema,
        response: { 200: cataloguePlanSchema, 422: refusedSchema, ...errorResponses(400, 401, 403, 413, 415, 503) },
      },
    },
    async (request, reply) => {
      const { importBytes, importRows, zipEntries, zipUncompressedBytes, zipRatio, importQueue } = limits;
      refuseWhenImportsWait(reply, importQueue);
      const { bytes, fileName } = await readUpload(app, request, importBytes);
      // Only a zip goes on to be opened: a CSV, an old .xls or anything else is refused here.
      try {
        if (sniffFormat(bytes, fileName) !== 'xlsx') throw new ImportFileError(415, 'unsupported-file', 'Send the catalogue as an .xlsx workbook');
      } catch (err) {
        fileError(err);
      }
      refuseWhenImportsWait(reply, importQueue);
      // Parsed in the import worker, as the figures are: a heavy workbook never holds up the event loop.
      const read = await readInWorker({ kind: 'read-catalogue', bytes, limits: { importRows, zipEntries, zipUncompressedBytes, zipRatio } })
        .then(sheetsToCatalogue)
        .catch(fileError);
      return planImport(app, read.file, request.user!, request.query.dryRun, read.rows);
    },
  );
};
