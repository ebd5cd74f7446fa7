import type { ImportColumn, Locale } from '@kpi/shared';
import Papa from 'papaparse';
import { checkRowCount, ImportFileError, readHeader, type RawRow, type SheetData } from './sheet.js';
import { figuresSheet, type SheetSpec } from './sheet-spec.js';

const legacyMessage: Record<Locale, (line: number) => string> = {
  en: (line) =>
    `The file is not UTF-8 (first invalid byte on line ${line}): it looks like a legacy Vietnamese encoding such as TCVN3 (ABC), VNI or Windows-1258. ` +
    'In Excel, save it as "CSV UTF-8 (Comma delimited) (*.csv)", or convert it to Unicode with Unikey’s converter, or use the XLSX template.',
  vi: (line) =>
    `Tệp không ở mã UTF-8 (byte lỗi đầu tiên ở dòng ${line}): có thể đang dùng bảng mã cũ như TCVN3 (ABC), VNI hoặc Windows-1258. ` +
    'Trong Excel, hãy lưu lại dưới dạng "CSV UTF-8 (Comma delimited) (*.csv)", hoặc chuyển mã sang Unicode bằng công cụ của Unikey, hoặc dùng mẫu XLSX.',
};

/** UTF-8 (with or without BOM) or UTF-16 with its BOM; anything else is refused with a clear message. */
function decode(bytes: Uint8Array, locale: Locale): { text: string; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeUtf8(bytes.subarray(3), locale), bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), bom: true };
  return { text: decodeUtf8(bytes, locale), bom: false };
}

function decodeUtf8(bytes: Uint8Array, locale: Locale): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // TCVN3, VNI and Windows-1258 all put Vietnamese letters in bytes 0x80–0xFF that are not valid UTF-8.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const line = lossy.slice(0, Math.max(0, at)).split('\n').length;
    throw new ImportFileError(415, 'legacy-encoding', legacyMessage[locale](line));
  }
}

/**
 * A CSV file's non-empty records with their row numbers: encoding checked, text normalised to
 * NFC, `,` `;` or tab detected by papaparse. Any import of a table reads its CSV through this.
 */
export function parseCsv(bytes: Uint8Array, locale: Locale): { records: { row: number; cells: string[] }[]; delimiter: ',' | ';' | '\t'; bom: boolean } {
  const { text, bom } = decode(bytes, locale);
  const parsed = Papa.parse<string[]>(text.normalize('NFC'), { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new ImportFileError(400, 'malformed-csv', `The CSV is malformed near row ${(quoteError.row ?? 0) + 1}: ${quoteError.message}`);
  }
  const records = parsed.data.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const delimiter = parsed.meta.delimiter === ';' || parsed.meta.delimiter === '\t' ? parsed.meta.delimiter : ',';
  return { records, delimiter, bom };
}

/** A CSV file of the spec's columns (figures by default): its header found (readHeader), each row's cells by column. */
export function readCsv<C extends string = ImportColumn>(
  bytes: Uint8Array,
  locale: Locale,
  maxRows: number,
  spec: SheetSpec<C> = figuresSheet as unknown as SheetSpec<C>,
): SheetData<C> {
  const { records, delimiter, bom } = parseCsv(bytes, locale);
  const [header, second] = records;
  if (!header) throw new ImportFileError(400, 'empty-file', 'The file is empty');
  checkRowCount(records.length - 1, maxRows);
  const { byIndex, columns, ignored, headerRows } = readHeader(header.cells, second?.cells, spec);
  const body = records.slice(headerRows);
  const rows: RawRow<C>[] = body.map(({ row, cells }) => {
    const raw: RawRow<C> = { row, cells: {} };
    byIndex.forEach((column, i) => {
      const value = cells[i];
      if (value !== undefined && value.trim() !== '') raw.cells[column] = { t: 'text', text: value.trim() };
    });
    return raw;
  });
  return { format: 'csv', delimiter, bom, columns, ignoredColumns: ignored, rows };
}
