import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/limits.js';
import { unzip, zip } from '../../support/zip.js';
import { readXlsx } from '../../../src/services/import/read-xlsx.js';
import { ImportFileError } from '../../../src/services/import/sheet.js';

describe('readXlsx', () => {
  it('answers 400 for a workbook whose shared strings part is missing, where its header cells read as bare indexes', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('figures').addRow(['indicator_code', 'year', 'value']);
    const parts = await unzip(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parts.map((p) => p.name)).toContain('xl/sharedStrings.xml');
    const damaged = zip(parts.filter((p) => p.name !== 'xl/sharedStrings.xml'));
    const err = await readXlsx(damaged, DEFAULT_LIMITS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err).toMatchObject({ status: 400, code: 'missing-columns' });
  });
});
