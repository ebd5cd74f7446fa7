import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/limits.js';
import { unzip, zip } from '../../support/zip.js';
import { ImportFileError } from '../../../src/services/import/sheet.js';
import { inflateZip } from '../../../src/services/import/zip-check.js';

const refusal = (bytes: Buffer, limits = DEFAULT_LIMITS) =>
  inflateZip(bytes, limits).then(
    () => null,
    (err: unknown) => (err instanceof ImportFileError ? { status: err.status, code: err.code, message: err.message } : err),
  );

const CONTENT_TYPES = { name: '[Content_Types].xml', content: Buffer.from('<Types/>') };

describe('inflateZip (an XLSX unpacked under its limits before parsing)', () => {
  it('hands on an ordinary workbook-sized zip as a stored zip of the same parts', async () => {
    const xml = Buffer.from('<row><c t="s"><v>1</v></c></row>'.repeat(2000));
    const original = zip([CONTENT_TYPES, { name: 'xl/worksheets/sheet1.xml', content: xml }, { name: 'xl/tên riêng.xml', content: Buffer.from('<x/>') }]);
    const parts = await unzip(await inflateZip(original, DEFAULT_LIMITS));
    expect(parts).toEqual([
      { name: '[Content_Types].xml', method: 0, content: CONTENT_TYPES.content },
      { name: 'xl/worksheets/sheet1.xml', method: 0, content: xml },
      { name: 'xl/tên riêng.xml', method: 0, content: Buffer.from('<x/>') },
    ]);
  });

  it('refuses a zip bomb: one part compressed far past any spreadsheet', async () => {
    // 64 MB of zeros deflate to ~64 KB: a ratio near 1000.
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(64 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refusal(bomb)).toEqual({
      status: 413,
      code: 'xlsx-too-large',
      message: expect.stringMatching(/sheet1\.xml is compressed \d+× \(at most 200×\)/),
    });
  });

  it('refuses a part that inflates far past the size it declares (a bomb below the ratio check)', async () => {
    // Declares 1 KB — under the ratio check's threshold — and inflates to 128 MB of zeros.
    const bomb = zip([CONTENT_TYPES, { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(128 * 1024 * 1024), lie: { size: 1024 } }]);
    expect(await refusal(bomb)).toEqual({
      status: 400,
      code: 'unreadable-xlsx',
      message:
        'The XLSX part xl/worksheets/sheet1.xml unpacks to more than the 1024 bytes its zip directory declares: the file is damaged or forged, and is not read',
    });
  });

  it('refuses a part that inflates short of its declared size, or fails its checksum', async () => {
    const content = Buffer.from('<worksheet/>'.repeat(100));
    expect(await refusal(zip([{ name: 'xl/worksheets/sheet1.xml', content, lie: { size: content.length + 1 } }]))).toEqual({
      status: 400,
      code: 'unreadable-xlsx',
      message: `The XLSX part xl/worksheets/sheet1.xml unpacks to ${content.length} bytes, not the ${content.length + 1} its zip directory declares: the file is damaged; save it again from Excel as "Excel Workbook (*.xlsx)"`,
    });
    expect(await refusal(zip([{ name: 'xl/worksheets/sheet1.xml', content, lie: { crc32: 12345 } }]))).toMatchObject({
      status: 400,
      code: 'unreadable-xlsx',
      message: expect.stringMatching(/^The XLSX part xl\/worksheets\/sheet1\.xml fails its checksum: the file is damaged/),
    });
  });

  it('refuses more uncompressed data than the limit, even at an honest ratio', async () => {
    const parts = [1, 2, 3].map((i) => ({ name: `xl/media/image${i}.bin`, content: randomBytes(512 * 1024) }));
    expect(await refusal(zip(parts), { ...DEFAULT_LIMITS, zipUncompressedBytes: 1024 * 1024 })).toEqual({
      status: 413,
      code: 'xlsx-too-large',
      message: 'The XLSX unpacks to more than 1 MB: split it into several files',
    });
  });

  it('refuses more parts than the limit', async () => {
    const parts = Array.from({ length: 11 }, (_, i) => ({ name: `part${i}.xml`, content: Buffer.from('<x/>') }));
    expect(await refusal(zip(parts), { ...DEFAULT_LIMITS, zipEntries: 10 })).toMatchObject({
      status: 413,
      message: 'The XLSX holds 11 parts; at most 10 are read',
    });
  });

  it('answers 400 for bytes that are no zip', async () => {
    expect(await refusal(Buffer.from('PK\x03\x04 not really a zip'))).toMatchObject({ status: 400, code: 'unreadable-xlsx' });
  });
});
