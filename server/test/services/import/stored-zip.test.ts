import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unzip } from '../../support/zip.js';
import { StoredZip } from '../../../src/services/import/stored-zip.js';

describe('StoredZip', () => {
  it('writes parts appended in chunks into a zip that reads back with their content and checksum', async () => {
    const sheet = Buffer.from('<sheetData>'.repeat(1000));
    const out = new StoredZip([
      { name: 'xl/worksheets/sheet1.xml', size: sheet.length },
      { name: 'empty.xml', size: 0 },
    ]);
    const [first, second] = out.parts;
    for (let at = 0; at < sheet.length; at += 4096) expect(first!.append(sheet.subarray(at, at + 4096))).toBe(true);
    expect(first!.crc32).toBe(crc32(sheet));
    expect(second!.written).toBe(0);
    expect(await unzip(out.end())).toEqual([
      { name: 'xl/worksheets/sheet1.xml', method: 0, content: sheet },
      { name: 'empty.xml', method: 0, content: Buffer.alloc(0) },
    ]);
  });

  it('refuses a chunk that would pass the part’s size, and a zip with a part not written in full', () => {
    const out = new StoredZip([{ name: 'a.xml', size: 10 }]);
    const part = out.parts[0]!;
    expect(part.append(Buffer.alloc(6, 0x61))).toBe(true);
    expect(part.append(Buffer.alloc(5, 0x62))).toBe(false);
    expect(part.written).toBe(6);
    expect(() => out.end()).toThrow('Part a.xml has 6 of its 10 bytes');
  });

  it('refuses to lay out more parts than a zip without zip64 counts', () => {
    const parts = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `p${i}`, size: 0 }));
    expect(new StoredZip(parts(0xffff)).parts).toHaveLength(0xffff);
    expect(() => new StoredZip(parts(0x10000))).toThrow(RangeError);
  });
});
