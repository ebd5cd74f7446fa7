import { insertSource, publishDraft, saveDraft, type Db } from '@kpi/db';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../../src/services/export/figures.js';
import { importTestApp } from '../../support/import-app.js';
import { dryRun } from '../../support/imports.js';
import { signInAll } from '../../support/users.js';

/** The rows by machine name: the first line holds the headers people read, the second the machine names. */
const rowsOf = (body: string) => Papa.parse<Record<string, string>>(body.replace(/^\uFEFF[^\n]*\n/, ''), { header: true, skipEmptyLines: true }).data;

/** A published figure whose texts try formula injection, and a negative value (a number, not a formula). */
function publishHostileFigure(db: Db) {
  const source = insertSource(
    db,
    { number: '=1+1', title: '=HYPERLINK("http://evil.example","bấm")', issuer: null, date: null, kind: 'news', url: null, note: null },
    'analyst',
  );
  const entry = {
    kind: 'value',
    value: -5,
    version: 0,
    sourceId: source.id,
    locator: '@SUM(A1)',
    note: '+cmd|calc',
    publishedText: '-2+3',
    acknowledgedWarnings: ['jump'],
  } as const;
  const saved = saveDraft(
    db,
    { code: 'digital-economy-grdp-share', year: 2021 },
    { ...entry, acknowledgedWarnings: [...entry.acknowledgedWarnings] },
    'analyst',
  );
  if (!saved.ok) throw new Error(saved.reason);
  const published = publishDraft(db, { code: 'digital-economy-grdp-share', year: 2021 }, saved.state.version, 'approver');
  if (!published.ok) throw new Error(published.reason);
}

describe('exports', { timeout: 30_000 }, () => {
  it('gives published figures as CSV, UTF-8 with a BOM, plain numbers, for the chosen years and indicators', async () => {
    const { app, db } = await importTestApp();
    saveDraft(
      db,
      { code: 'bluezone-install-rate', year: 2021 },
      { kind: 'ratio', numerator: 1, denominator: 2, version: 0, sourceId: 1, acknowledgedWarnings: [] },
      'analyst',
    );
    const res = await app.inject('/api/exports/figures.csv?from=2016&to=2022&indicators=bluezone-install-rate,egov-rank');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="figures-2016-2022.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [labels, names] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(labels).toMatch(/^Mã chỉ tiêu,Tên chỉ tiêu,Loại số liệu,Đơn vị,Đơn vị hành chính,Tên đơn vị hành chính,Năm,Tử số,Mẫu số,Tỷ lệ \(tính\),/);
    expect(names).toBe(EXPORT_COLUMNS.join(','));
    // The columns are built from the import's; the file's header is a contract with its readers.
    expect(EXPORT_COLUMNS.join(',')).toBe(
      'indicator_code,indicator_name,kind,unit,org_unit,org_unit_name,year,numerator,denominator,rate,value,position,out_of,published,published_text,basis,as_of,source_id,source_number,source_title,locator,note,note_en,milestone_state,milestone_date',
    );
    const rows = rowsOf(res.body);
    // The 2021 draft is not exported; egov-rank has 2017, 2019, 2020.
    expect(rows.map((r) => `${r.indicator_code}/${r.year}`)).toEqual(['bluezone-install-rate/2020', 'egov-rank/2017', 'egov-rank/2019', 'egov-rank/2020']);
    expect(rows[0]).toMatchObject({
      numerator: '154231',
      denominator: '519755',
      published: '29.71',
      rate: '29.6738',
      indicator_name: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone',
    });
    const english = rowsOf((await app.inject('/api/exports/figures.csv?indicators=egov-rank&lang=en')).body);
    expect(english[0]!.indicator_name).toBe('E-government (ICT application) ranking');
    // Whether the source states the figure, in the file's language: 2019 is derived from the report's 2020 rank.
    expect(rows.map((r) => r.basis)).toEqual(['Nêu trong nguồn', 'Nêu trong nguồn', 'Suy ra', 'Nêu trong nguồn']);
    expect(english.map((r) => r.basis)).toEqual(['Stated', 'Derived', 'Stated']);
  });

  it('gives XLSX with numbers as numeric cells with number formats, and text as text', async () => {
    const { app } = await importTestApp();
    const res = await app.inject('/api/exports/figures.xlsx?indicators=bluezone-install-rate,online-services-level4-rate');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('figures')!;
    const col = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name) + 1;
    expect([sheet.getRow(1).getCell(1).value, sheet.getRow(2).getCell(1).value]).toEqual(['Mã chỉ tiêu', 'indicator_code']);
    expect(sheet.getRow(2).getCell(col('note')).value).toBe('note');
    const bluezone = sheet.getRow(3);
    const numeric = (cell: ExcelJS.Cell) => ({ value: cell.value, type: typeof cell.value, numFmt: cell.numFmt });
    expect(numeric(bluezone.getCell(col('numerator')))).toEqual({ value: 154231, type: 'number', numFmt: '#,##0' });
    expect(numeric(bluezone.getCell(col('published')))).toEqual({ value: 29.71, type: 'number', numFmt: '0.00' });
    expect(numeric(bluezone.getCell(col('rate')))).toMatchObject({ type: 'number', numFmt: '0.00' });
    expect(numeric(bluezone.getCell(col('year')))).toEqual({ value: 2020, type: 'number', numFmt: '0' });
    expect(bluezone.getCell(col('indicator_name')).value).toBe('Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone');
    expect(typeof bluezone.getCell(col('source_title')).value).toBe('string');
    const asOf = sheet.getRow(5).getCell(col('as_of'));
    expect([asOf.value, asOf.numFmt]).toEqual([new Date('2021-06-08T00:00:00Z'), 'dd/mm/yyyy']);
    expect(numeric(sheet.getRow(5).getCell(col('value')))).toEqual({ value: 100, type: 'number', numFmt: '0.0' });
  });

  it('neutralises text that would run as a formula, in CSV and XLSX, and leaves numbers alone', async () => {
    const { app, db } = await importTestApp();
    publishHostileFigure(db);
    const csvRow = rowsOf((await app.inject('/api/exports/figures.csv?indicators=digital-economy-grdp-share')).body).find((r) => r.year === '2021')!;
    expect(csvRow).toMatchObject({ value: '-5', locator: "'@SUM(A1)", note: "'+cmd|calc", published_text: "'-2+3", source_number: "'=1+1" });
    expect(csvRow.source_title).toBe(`'=HYPERLINK("http://evil.example","bấm")`);
    const xlsx = await app.inject('/api/exports/figures.xlsx?indicators=digital-economy-grdp-share&from=2021&to=2021');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const row = workbook.getWorksheet('figures')!.getRow(3);
    const cell = (name: (typeof EXPORT_COLUMNS)[number]) => row.getCell(EXPORT_COLUMNS.indexOf(name) + 1).value;
    expect([cell('value'), cell('note'), cell('locator'), cell('source_title')]).toEqual([
      -5,
      "'+cmd|calc",
      "'@SUM(A1)",
      `'=HYPERLINK("http://evil.example","bấm")`,
    ]);
  });

  it('can be imported again, changing nothing', async () => {
    const { app, db } = await importTestApp();
    publishHostileFigure(db);
    const cookies = await signInAll(app);
    for (const format of ['csv', 'xlsx']) {
      const res = await app.inject(`/api/exports/figures.${format}`);
      const plan = await dryRun(app, cookies.analyst, `figures.${format}`, res.rawPayload);
      expect(plan.ignoredColumns).toEqual(['unit', 'org_unit_name', 'rate', 'source_title']);
      expect(plan.counts, format).toMatchObject({ new: 0, changed: 0, rejected: 0, skipped: 0 });
      expect(plan.counts.unchanged).toBe(plan.counts.total);
    }
  });

  it('is readable by whoever may read: anyone by default, signed-in users when PUBLIC_READ=false', async () => {
    const { app } = await importTestApp({ auth: { publicRead: false } });
    const cookies = await signInAll(app);
    expect((await app.inject('/api/exports/figures.csv')).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/exports/figures.xlsx', headers: { cookie: cookies.viewer } })).statusCode).toBe(200);
    const bad = await app.inject({ url: '/api/exports/figures.csv?indicators=nope&from=2020', headers: { cookie: cookies.viewer } });
    expect([bad.statusCode, bad.json().error.fields]).toEqual([400, { indicators: 'unknown: nope' }]);
    const reversed = await app.inject({ url: '/api/exports/figures.csv?from=2022&to=2016', headers: { cookie: cookies.viewer } });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields).toHaveProperty('from');
  });

  it('documents the import and export routes in the OpenAPI description', async () => {
    const { app } = await importTestApp();
    const res = await app.inject('/docs/json');
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, { get?: { parameters?: { name: string }[] }; post?: { parameters?: { name: string }[] } }>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/imports',
        '/api/imports/{id}',
        '/api/imports/template.xlsx',
        '/api/imports/template.csv',
        '/api/exports/figures.csv',
        '/api/exports/figures.xlsx',
      ]),
    );
    expect(paths['/api/exports/figures.csv']?.get?.parameters?.map((p) => p.name)).toEqual(['from', 'to', 'indicators', 'unit', 'lang']);
    expect(paths['/api/imports']?.post?.parameters?.map((p) => p.name)).toEqual(['dryRun', 'acknowledge', 'basis']);
  });
});
