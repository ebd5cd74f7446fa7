import type { ImportColumn, Locale } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { readCsv } from './read-csv.js';
import { ImportFileError, type SheetData } from './sheet.js';
import { figuresSheet, type SheetSpec } from './sheet-spec.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * XLSX by its zip signature; an old .xls is refused; anything else must be named .csv or .txt.
 * Cheap, so the route checks it before starting a worker.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string, template = figuresSheet.template): 'csv' | 'xlsx' {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) {
    throw new ImportFileError(415, 'unsupported-file', 'Old Excel files (.xls) are not read: save the file as .xlsx or as CSV UTF-8');
  }
  if (!/\.(csv|txt)$/i.test(fileName)) {
    throw new ImportFileError(415, 'unsupported-file', `Send a .csv or .xlsx file (the template: ${template})`);
  }
  return 'csv';
}

export async function readImportFile<C extends string = ImportColumn>(
  bytes: Uint8Array,
  fileName: string,
  locale: Locale,
  limits: SheetLimits,
  spec: SheetSpec<C> = figuresSheet as unknown as SheetSpec<C>,
): Promise<SheetData<C>> {
  if (sniffFormat(bytes, fileName, spec.template) === 'csv') return readCsv(bytes, locale, limits.importRows, spec);
  // exceljs takes a while to load: only for the files that need it.
  const { readXlsx } = await import('./read-xlsx.js');
  return readXlsx(bytes, limits, spec);
}
