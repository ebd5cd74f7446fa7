import multipart from '@fastify/multipart';
import { exportCatalogue } from '@kpi/db';
import { CatalogueSheetError, catalogueXlsxImportQuerySchema, catalogueXlsxQuerySchema, cataloguePlanSchema, sheetsToCatalogue } from '@kpi/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';
import { malformedMultipart } from '../../http/multipart-errors.js';
import { sendFile, XLSX_TYPE } from '../../http/spreadsheet-reply.js';
import type { Limits } from '../../limits.js';
import { HttpError } from '../../plugins/errors.js';
import { catalogueXlsx, readCatalogueXlsx } from '../../services/catalogue/xlsx.js';
import { sniffFormat } from '../../services/import/read-file.js';
import { ImportFileError } from '../../services/import/sheet.js';
import { planImport, refusedSchema } from './plan.js';

/** Problems with the upload itself (its size, its zip, a missing sheet) answered with their own status. */
function fileError(err: unknown): never {
  if (err instanceof ImportFileError) throw new HttpError(err.status, err.code, err.message, { file: err.code });
  if (err instanceof CatalogueSheetError)
    throw new HttpError(400, 'validation', `The workbook cannot be read as a catalogue: ${err.message}`, { [err.field]: err.reason });
  throw err;
}

/**
 * The catalogue file (catalogue-file.ts) as an XLSX workbook, one sheet per part (catalogue-sheets.ts
 * in shared): exported in the reader's language, imported through the figures import's zip-checked
 * reader, with the JSON import's dry run and all-or-nothing. A row that cannot be read is listed
 * by sheet, row and column in the plan, and refuses the file.
 */
export const catalogueXlsxRoutes: FastifyPluginAsyncZod<{ limits: Limits }> = async (app, { limits }) => {
  // Encapsulated here: the JSON import beside it keeps refusing multipart bodies.
  await app.register(multipart, { limits: { fileSize: limits.importBytes, files: 1, fields: 0, parts: 1 } });

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

  const readUpload = async (request: FastifyRequest): Promise<Buffer> => {
    if (!request.isMultipart())
      throw new HttpError(415, 'unsupported-media-type', 'Send the workbook as multipart/form-data, in a field named "file"', { file: 'required' });
    const part = await request.file().catch(malformedMultipart);
    if (!part) throw new HttpError(400, 'file-required', 'Send the workbook in a multipart field named "file"', { file: 'required' });
    const bytes = await part.toBuffer().catch((err: unknown) => {
      if (err instanceof app.multipartErrors.RequestFileTooLargeError) {
        throw new HttpError(413, 'file-too-large', `The file is larger than ${limits.importBytes / 1024 / 1024} MB`, { file: 'too-large' });
      }
      return malformedMultipart(err);
    });
    // Only a zip goes on to be opened: a CSV, an old .xls or anything else is refused here.
    try {
      if (sniffFormat(bytes, part.filename) !== 'xlsx') throw new ImportFileError(415, 'unsupported-file', 'Send the catalogue as an .xlsx workbook');
    } catch (err) {
      fileError(err);
    }
    return bytes;
  };

  app.post(
    '/api/catalogue/import.xlsx',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['catalogue'],
        summary: 'Import a catalogue workbook (approvers): a dry run unless `dryRun=false`',
        description:
          'multipart/form-data with one .xlsx file in `file`, as export.xlsx writes it. As POST /api/catalogue/import; besides, `rows` lists each row that cannot be read (sheet, row, column, reason), and any such row refuses the file (422 on a run). 413 for a file past the import limits or a zip bomb.',
        consumes: ['multipart/form-data'],
        querystring: catalogueXlsxImportQuerySchema,
        response: { 200: cataloguePlanSchema, 422: refusedSchema, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request) => {
      const bytes = await readUpload(request);
      const { importRows, zipEntries, zipUncompressedBytes, zipRatio } = limits;
      const read = await readCatalogueXlsx(bytes, { importRows, zipEntries, zipUncompressedBytes, zipRatio }).then(sheetsToCatalogue).catch(fileError);
      return planImport(app, read.file, request.user!, request.query.dryRun, read.rows);
    },
  );
};
