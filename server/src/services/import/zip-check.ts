import yauzl from 'yauzl';
import type { SheetLimits } from '../../limits.js';
import { ImportFileError } from './sheet.js';
import { StoredZip, type StoredPart } from './stored-zip.js';

/** Entries smaller than this are not held to the ratio: tiny XML parts compress oddly well or badly. */
const RATIO_FROM_BYTES = 1024 * 1024;
const SAVE_AGAIN = 'save it again from Excel as "Excel Workbook (*.xlsx)"';

// yauzl's own size check (validateEntrySizes) is off: the count below does it, and gives the
// refusal its own message where yauzl's would read as any other damage.
const openZip = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );

const tooLarge = (message: string) => new ImportFileError(413, 'xlsx-too-large', message);
const unreadable = (message: string) => new ImportFileError(400, 'unreadable-xlsx', message);

/** The zip directory's entries (folders left out), refused early on what they declare. */
function readDirectory(zip: yauzl.ZipFile, limits: SheetLimits): Promise<yauzl.Entry[]> {
  if (zip.entryCount > limits.zipEntries) {
    return Promise.reject(tooLarge(`The XLSX holds ${zip.entryCount} parts; at most ${limits.zipEntries} are read`));
  }
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (total > limits.zipUncompressedBytes) {
        return reject(tooLarge(`The XLSX unpacks to more than ${Math.round(limits.zipUncompressedBytes / 1024 / 1024)} MB: split it into several files`));
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > RATIO_FROM_BYTES && ratio > limits.zipRatio) {
        return reject(tooLarge(`The XLSX part ${entry.fileName} is compressed ${Math.round(ratio)}× (at most ${limits.zipRatio}×): it is not read`));
      }
      if (!entry.fileName.endsWith('/')) entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', () => reject(unreadable(`The XLSX file cannot be read: its zip directory is damaged; ${SAVE_AGAIN}`)));
    zip.readEntry();
  });
}

/** Inflates one entry into its part, refusing it the moment it passes the size it declares. */
function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, part: StoredPart): Promise<void> {
  const damaged = (why: string) => unreadable(`The XLSX part ${entry.fileName} ${why}: the file is damaged; ${SAVE_AGAIN}`);
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(damaged('cannot be unpacked'));
      stream.on('data', (chunk: Buffer) => {
        if (part.append(chunk)) return;
        // Cut off: yauzl stops feeding the inflater, so a bomb never inflates further than this.
        stream.destroy();
        reject(
          unreadable(
            `The XLSX part ${entry.fileName} unpacks to more than the ${entry.uncompressedSize} bytes its zip directory declares: the file is damaged or forged, and is not read`,
          ),
        );
      });
      stream.once('error', () => reject(damaged('cannot be unpacked')));
      stream.once('end', () => {
        if (part.written < part.size) return reject(damaged(`unpacks to ${part.written} bytes, not the ${part.size} its zip directory declares`));
        if (part.crc32 !== entry.crc32) return reject(damaged('fails its checksum'));
        resolve();
      });
    });
  });
}

function storedZipFor(entries: readonly yauzl.Entry[]): StoredZip {
  try {
    return new StoredZip(entries.map((e) => ({ name: e.fileName, size: e.uncompressedSize })));
  } catch (err) {
    // Only under limits configured past what a zip without zip64 (or this process) can hold.
    if (err instanceof RangeError) throw tooLarge('The XLSX is too large to unpack: split it into several files');
    throw err;
  }
}

/**
 * Unpacks an XLSX under the limits, measuring every part while it inflates, and returns the
 * parts as a stored (uncompressed) zip: the only bytes the parser then reads. Refused (413) for
 * too many parts, too much data or a bomb's compression ratio, as the zip directory declares them,
 * before anything is inflated; refused (400) for a part that inflates past its declared size — cut
 * off there — or short of it, or fails its checksum. Each part is held to its declared size and
 * those sizes to the total limit, so no more than the limit is ever inflated.
 */
export async function inflateZip(bytes: Uint8Array, limits: SheetLimits): Promise<Buffer> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw unreadable(`The XLSX file cannot be read: ${SAVE_AGAIN}`);
  }
  try {
    const entries = await readDirectory(zip, limits);
    const out = storedZipFor(entries);
    for (const [i, entry] of entries.entries()) await inflateEntry(zip, entry, out.parts[i]!);
    return out.end();
  } finally {
    zip.close();
  }
}
