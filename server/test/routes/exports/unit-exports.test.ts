import { publishDraft, saveDraft, type Db } from '@kpi/db';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';

const CODE = 'bluezone-install-rate';
const rowsOf = (body: string) => Papa.parse<Record<string, string>>(body.replace(/^\uFEFF[^\n]*\n/, ''), { header: true, skipEmptyLines: true }).data;

/** A figure of `unit` for 2025, published unless told otherwise. */
function figure(db: Db, orgUnit: string, numerator: number, { publish = true } = {}) {
  const key = { code: CODE, year: 2025, orgUnit };
  const saved = saveDraft(db, key, { kind: 'ratio', numerator, denominator: 1000, version: 0, sourceId: 1, acknowledgedWarnings: [] }, 'analyst');
  if (!saved.ok) throw new Error(saved.reason);
  if (publish && !publishDraft(db, key, saved.state.version, 'approver').ok) throw new Error('publish');
}

async function setup() {
  const { app, db } = await testApp();
  figure(db, 'tan-doan', 400);
  figure(db, 'tam-thanh', 900);
  figure(db, 'lang-son', 600);
  // A draft is never exported, a unit's no more than the province's.
  figure(db, 'dong-kinh', 700, { publish: false });
  return { app, db };
}

const csvRows = async (app: Awaited<ReturnType<typeof testApp>>['app'], query: string) => {
  const res = await app.inject(`/api/exports/figures.csv?indicators=${CODE}${query}`);
  expect(res.statusCode).toBe(200);
  return rowsOf(res.body);
};

describe('exports by unit', () => {
  it('names every row’s unit by code and name, the province’s rows first in each year, then its units in order', async () => {
    const { app } = await setup();
    const rows = await csvRows(app, '&from=2024&lang=en');
    const of2025 = rows.filter((r) => r.year === '2025').map((r) => [r.org_unit, r.org_unit_name, r.numerator]);
    expect(of2025).toEqual([
      ['lang-son', 'Lạng Sơn', '600'],
      ['tam-thanh', 'Tam Thanh', '900'],
      ['tan-doan', 'Tân Đoàn', '400'],
    ]);
    // The province's earlier figures are there as before, each naming the province.
    expect(rows.filter((r) => r.year !== '2025').every((r) => r.org_unit === 'lang-son')).toBe(true);
  });

  it('keeps to one unit with ?unit=, the province’s figures alone with its code', async () => {
    const { app } = await setup();
    const one = await csvRows(app, '&unit=tan-doan');
    expect(one.map((r) => [r.org_unit, r.year, r.numerator])).toEqual([['tan-doan', '2025', '400']]);
    const province = await csvRows(app, '&unit=lang-son');
    expect(province.length).toBeGreaterThan(1);
    expect(new Set(province.map((r) => r.org_unit))).toEqual(new Set(['lang-son']));
    const res = await app.inject(`/api/exports/figures.xlsx?indicators=${CODE}&unit=tam-thanh`);
    expect([res.statusCode, res.headers['content-disposition']]).toEqual([200, 'attachment; filename="figures-tam-thanh.xlsx"']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('figures')!;
    const names = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => sheet.getRow(3).getCell(names.indexOf(name) + 1).value;
    expect([cell('org_unit'), cell('org_unit_name'), cell('numerator'), sheet.rowCount]).toEqual(['tam-thanh', 'Tam Thanh', 900, 3]);
  });

  it('refuses an unknown or malformed unit with 400 naming `unit`', async () => {
    const { app } = await setup();
    for (const unit of ['xa-khong-co', 'Tân Đoàn']) {
      const res = await app.inject(`/api/exports/figures.csv?unit=${encodeURIComponent(unit)}`);
      expect([res.statusCode, Object.keys(res.json().error.fields)]).toEqual([400, ['unit']]);
    }
  });
});
