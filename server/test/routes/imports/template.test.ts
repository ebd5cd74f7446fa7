import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { definitionsApp } from '../../support/definitions.js';

describe('the import template', () => {
  it('leaves out a retired indicator from its retirement year on, in CSV and XLSX', async () => {
    const { app, cookies, post } = await definitionsApp();
    const codes = async (query: string) => {
      const res = await app.inject({ url: `/api/imports/template.csv${query}`, headers: { cookie: cookies.analyst } });
      expect(res.statusCode).toBe(200);
      // Row 1 the headers people read, row 2 the machine names, then one row per indicator: its code first.
      return res.body
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .slice(2)
        .filter(Boolean)
        .map((line) => line.split(',')[0]);
    };
    expect(await codes('?year=2021')).toContain('bluezone-install-rate');
    expect((await post('approver', 'bluezone-install-rate', 'retire', { version: 1, fromYear: 2021 })).statusCode).toBe(200);
    // Proposed only: the template follows the published definition.
    expect(await codes('?year=2021')).toContain('bluezone-install-rate');
    expect((await post('approver2', 'bluezone-install-rate', 'publish', { version: 2 })).statusCode).toBe(200);

    expect(await codes('?year=2021')).not.toContain('bluezone-install-rate');
    expect(await codes('?year=2022')).not.toContain('bluezone-install-rate');
    // Its years before retirement can still be filled, and the other indicators stay.
    expect(await codes('?year=2020')).toContain('bluezone-install-rate');
    expect(await codes('')).not.toContain('bluezone-install-rate');
    expect(await codes('?year=2021')).toContain('egov-rank');
    const xlsx = await app.inject({ url: '/api/imports/template.xlsx?year=2021', headers: { cookie: cookies.analyst } });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const figures = book.getWorksheet('figures')!;
    const column = (figures.getColumn(1).values as unknown[]).slice(3);
    expect(column).toContain('egov-rank');
    expect(column).not.toContain('bluezone-install-rate');
  });
});
