import { seedIndicators } from '@kpi/db';
import { importColumns } from '@kpi/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importTestApp } from '../../support/import-app.js';
import { csv, dryRun, postImport } from '../../support/imports.js';
import { signInAll } from '../../support/users.js';

async function setup(options: Parameters<typeof importTestApp>[0] = {}) {
  const { app, db } = await importTestApp(options);
  const cookies = await signInAll(app);
  return { app, db, cookies };
}

async function loadXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  return workbook;
}

// Each import starts a worker thread (under tsx in tests): allow for a slow machine.
describe('the import template', { timeout: 30_000 }, () => {
  it('lists every indicator of the catalogue with the year to fill, as CSV with a BOM', async () => {
    const { app, cookies } = await setup();
    const res = await app.inject({ url: '/api/imports/template.csv', headers: { cookie: cookies.analyst } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Vietnamese headers by default, the machine names the import reads beneath them.
    expect(lines[0]).toMatch(/^Mã chỉ tiêu,Tên chỉ tiêu,Loại số liệu,Đơn vị hành chính,Năm,Tử số,Mẫu số,/);
    expect(lines[1]).toBe(importColumns.join(','));
    expect(lines).toHaveLength(2 + seedIndicators.length);
    expect(lines.find((l) => l.startsWith('bluezone-install-rate,'))).toMatch(/,ratio,,2021,/);
    expect(lines.find((l) => l.startsWith('egov-rank,'))).toMatch(/,rank,,2021,,,,,63,/);
    // Sent back untouched, it changes nothing: every row is skipped.
    const plan = await dryRun(app, cookies.analyst, 'template.csv', res.rawPayload);
    expect(plan.counts).toMatchObject({ total: seedIndicators.length, skipped: seedIndicators.length, rejected: 0 });
  });

  it('prefills a year that has figures, so those rows come back unchanged', async () => {
    const { app, cookies } = await setup();
    const res = await app.inject({ url: '/api/imports/template.csv?year=2020', headers: { cookie: cookies.analyst } });
    const plan = await dryRun(app, cookies.analyst, 'template.csv', res.rawPayload);
    // The five figures of the 2020 report come back unchanged; every other row is empty.
    expect(plan.counts).toMatchObject({ unchanged: 5, skipped: seedIndicators.length - 5, new: 0, changed: 0, rejected: 0 });
  });

  it('is an XLSX that, filled in Excel, imports with numeric, percent and date cells', async () => {
    const { app, cookies } = await setup();
    const res = await app.inject({ url: '/api/imports/template.xlsx', headers: { cookie: cookies.analyst } });
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = await loadXlsx(res.rawPayload);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['figures', 'sources', 'guide']);
    const sheet = workbook.getWorksheet('figures')!;
    const col = (name: string) => importColumns.indexOf(name as (typeof importColumns)[number]) + 1;
    const rowOf = (code: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => (row.getCell(col('indicator_code')).value === code ? (found = row) : undefined));
      return found!;
    };
    const bluezone = rowOf('bluezone-install-rate');
    bluezone.getCell(col('numerator')).value = 160000;
    bluezone.getCell(col('denominator')).value = 520000;
    bluezone.getCell(col('source_id')).value = 1;
    bluezone.getCell(col('as_of')).value = new Date('2021-12-31T00:00:00Z');
    const rate = rowOf('online-services-level4-rate');
    rate.getCell(col('value')).value = 0.9971;
    rate.getCell(col('value')).numFmt = '0.00%';
    rate.getCell(col('source_number')).value = '17/nq-cp';
    const egov = rowOf('egov-rank');
    egov.getCell(col('position')).value = '20';
    egov.getCell(col('source_id')).value = 1;
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const plan = await dryRun(app, cookies.analyst, 'mau.xlsx', filled);
    expect(plan).toMatchObject({ format: 'xlsx', delimiter: null, counts: { new: 3, skipped: seedIndicators.length - 3, rejected: 0 } });
    const byCode = (code: string) => plan.rows.find((r) => r.indicatorCode === code)!;
    expect(byCode('bluezone-install-rate')).toMatchObject({ year: 2021, entry: { numerator: 160000, asOf: '2021-12-31' } });
    expect(byCode('bluezone-install-rate').readings[1]).toMatchObject({ column: 'numerator', reading: 'numeric-cell' });
    expect(byCode('online-services-level4-rate')).toMatchObject({ year: 2022, entry: { value: 99.71, sourceId: 2 } });
    expect(byCode('online-services-level4-rate').readings[1]).toMatchObject({ column: 'value', reading: 'percent-cell' });
    expect(byCode('egov-rank').entry).toMatchObject({ position: 20, outOf: 63 });
  });
});

describe('import files', { timeout: 30_000 }, () => {
  it('reads a comma CSV without BOM and normalises text to NFC', async () => {
    const { app, cookies } = await setup();
    const decomposed = 'Ghi chu\u0301'.normalize('NFD');
    const file = csv([
      ['indicator_code', 'year', 'position', 'out_of', 'source_id', 'note'],
      ['egov-rank', '2021', '20', '63', '1', `${decomposed}, có dấu phẩy`],
    ]);
    const plan = await dryRun(app, cookies.analyst, 'a.csv', file);
    expect(plan).toMatchObject({ delimiter: ',', bom: false, counts: { new: 1 } });
    expect(plan.rows[0]!.entry?.note).toBe('Ghi chú, có dấu phẩy'.normalize('NFC'));
  });

  it('reads Excel’s “Unicode text”: UTF-16 with its BOM, tab-separated', async () => {
    const { app, cookies } = await setup();
    const text = csv(
      [
        ['indicator_code', 'year', 'position', 'out_of', 'source_id', 'note'],
        ['egov-rank', '2021', '20', '63', '1', 'Xếp hạng'],
      ],
      { delimiter: '\t' },
    );
    const plan = await dryRun(app, cookies.analyst, 'unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(plan).toMatchObject({ delimiter: '\t', bom: true, counts: { new: 1 }, rows: [{ entry: { note: 'Xếp hạng' } }] });
  });

  it('explains a file in a legacy Vietnamese encoding', async () => {
    const { app, cookies } = await setup();
    // "Ghi chú" in Windows-1258 / TCVN3: single bytes above 0x7F that are no UTF-8.
    const legacy = Buffer.concat([Buffer.from('indicator_code,year,note\r\negov-rank,2021,Ghi ch'), Buffer.from([0xfa, 0x0d, 0x0a])]);
    const res = await postImport(app, cookies.analyst, 'cu.csv', legacy, '?dryRun=true');
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toMatchObject({ code: 'legacy-encoding' });
    expect(res.json().error.message).toMatch(/not UTF-8 \(first invalid byte on line 2\).*TCVN3.*VNI.*Windows-1258.*CSV UTF-8/);
    const vi = await app.inject({ method: 'POST', url: '/api/imports?dryRun=true', ...withLanguage(legacy, cookies.analyst) });
    expect(vi.json().error.message).toMatch(/^Tệp không ở mã UTF-8/);
  });

  it('refuses other content types, old .xls, missing columns, too many rows and too large files', async () => {
    // Limits lowered as an operator would (IMPORT_MAX_ROWS, IMPORT_MAX_MB), so the files stay small.
    const { app, cookies } = await setup({ limits: { importRows: 5000, importBytes: 1024 * 1024 } });
    const json = await app.inject({ method: 'POST', url: '/api/imports', headers: { cookie: cookies.analyst }, payload: { rows: [] } });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toEqual({ error: { code: 'unsupported-media-type', message: expect.any(String), fields: { file: 'Choose a file to send.' } } });
    const xls = await postImport(app, cookies.analyst, 'old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), '?dryRun=true');
    expect([xls.statusCode, xls.json().error.code]).toEqual([415, 'unsupported-file']);
    const pdf = await postImport(app, cookies.analyst, 'a.pdf', '%PDF-1.4', '?dryRun=true');
    expect(pdf.statusCode).toBe(415);
    const columns = await postImport(
      app,
      cookies.analyst,
      'a.csv',
      csv([
        ['code', 'nam'],
        ['egov-rank', '2021'],
      ]),
      '?dryRun=true',
    );
    expect([columns.statusCode, columns.json().error.code]).toEqual([400, 'missing-columns']);
    const many = csv([['indicator_code', 'year'], ...Array.from({ length: 5001 }, () => ['egov-rank', '2021'])]);
    const tooMany = await postImport(app, cookies.analyst, 'a.csv', many, '?dryRun=true');
    expect([tooMany.statusCode, tooMany.json().error.code]).toEqual([413, 'too-many-rows']);
    const tooLarge = await postImport(app, cookies.analyst, 'a.csv', Buffer.alloc(1024 * 1024 + 1, 0x20), '?dryRun=true');
    expect([tooLarge.statusCode, tooLarge.json().error.code]).toEqual([413, 'file-too-large']);
  });
});

function withLanguage(content: Buffer, cookie: string) {
  const boundary = '----kpivi';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cu.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { cookie, 'accept-language': 'vi-VN,vi;q=0.9', 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
