import yauzl from 'yauzl';
import type { SheetLimits } from '../../limits.js';
import { ImportFileError } from './sheet.js';

/** Entries smaller than this are not held to the ratio: tiny XML parts compress oddly well or badly. */
const RATIO_FROM_BYTES = 1024 * 1024;

const openZip = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: true }, (err, zip) => (err ? reject(err) : resolve(zip))));

/**
 * Reads an XLSX's zip central directory — without inflating anything — and refuses the file when
 * it declares too many entries, too much uncompressed data, or an entry compressed past any
 * spreadsheet's ratio (a zip bomb), before exceljs would inflate it all into memory.
 * (A zip can lie about sizes in its directory; the worker's heap limit is the backstop for that.)
 */
export async function checkZip(bytes: Uint8Array, limits: SheetLimits): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw new ImportFileError(400, 'unreadable-xlsx', 'The XLSX file cannot be read: save it again from Excel as "Excel Workbook (*.xlsx)"');
  }
  if (zip.entryCount > limits.zipEntries) {
    zip.close();
    throw new ImportFileError(413, 'xlsx-too-large', `The XLSX holds ${zip.entryCount} parts; at most ${limits.zipEntries} are read`);
  }
  await new Promise<void>((resolve, reject) => {
    let total = 0;
    const refuse = (message: string) => {
      zip.close();
      reject(new ImportFileError(413, 'xlsx-too-large', message));
    };
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (total > limits.zipUncompressedBytes) {
        return refuse(`The XLSX unpacks to more than ${Math.round(limits.zipUncompressedBytes / 1024 / 1024)} MB: split it into several files`);
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > RATIO_FROM_BYTES && ratio > limits.zipRatio) {
        return refuse(`The XLSX part ${entry.fileName} is compressed ${Math.round(ratio)}× (at most ${limits.zipRatio}×): it is not read`);
      }
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', () => reject(new ImportFileError(400, 'unreadable-xlsx', 'The XLSX file cannot be read: its zip directory is damaged')));
    zip.readEntry();
  });
}
