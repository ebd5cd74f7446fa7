import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../limits.js';
import { zip } from '../../test-support/zip.js';
import { ImportFileError } from './sheet.js';
import { checkZip } from './zip-check.js';

const refusal = (bytes: Buffer, limits = DEFAULT_LIMITS) =>
  checkZip(bytes, limits).then(
    () => null,
    (err: unknown) => (err instanceof ImportFileError ? { status: err.status, code: err.code, message: err.message } : err),
  );

describe('checkZip (an XLSX zip directory read before parsing)', () => {
  it('lets an ordinary workbook-sized zip through', async () => {
    const xml = Buffer.from('<row><c t="s"><v>1</v></c></row>'.repeat(2000));
    expect(await refusal(zip([{ name: '[Content_Types].xml', content: Buffer.from('<Types/>') }, { name: 'xl/worksheets/sheet1.xml', content: xml }]))).toBeNull();
  });

  it('refuses a zip bomb: one part compressed far past any spreadsheet', async () => {
    // 64 MB of zeros deflate to ~64 KB: a ratio near 1000.
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(64 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refusal(bomb)).toEqual({ status: 413, code: 'xlsx-too-large', message: expect.stringMatching(/sheet1\.xml is compressed \d+× \(at most 200×\)/) });
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
    expect(await refusal(zip(parts), { ...DEFAULT_LIMITS, zipEntries: 10 })).toMatchObject({ status: 413, message: 'The XLSX holds 11 parts; at most 10 are read' });
  });

  it('answers 400 for bytes that are no zip', async () => {
    expect(await refusal(Buffer.from('PK\x03\x04 not really a zip'))).toMatchObject({ status: 400, code: 'unreadable-xlsx' });
  });
});
