import { importColumns, importPlanSchema, type ImportPlan } from '@kpi/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { importTestApp, multipartFile } from '../../support/import-app.js';
import { csv } from '../../support/imports.js';
import { signInAll } from '../../support/users.js';

async function setup() {
  const { app } = await importTestApp();
  return { app, cookies: await signInAll(app) };
}

async function dryRunIn(app: App, cookie: string, content: string, language: string): Promise<ImportPlan> {
  const { payload, headers } = multipartFile('so-lieu.csv', content);
  const res = await app.inject({ method: 'POST', url: '/api/imports?dryRun=true', payload, headers: { ...headers, cookie, 'accept-language': language } });
  if (res.statusCode !== 200) throw new Error(`dry run: ${res.statusCode} ${res.body}`);
  return importPlanSchema.parse(res.json());
}

const headerRows = async (body: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('figures')!;
  const row = (n: number) => importColumns.map((_, i) => sheet.getRow(n).getCell(i + 1).value);
  return { labels: row(1), names: row(2), guide: workbook.getWorksheet('guide')!.getRow(1).getCell(1).value };
};

// Each import starts a worker thread (under tsx in tests): allow for a slow machine.
describe('spreadsheets in the analyst’s language', { timeout: 30_000 }, () => {
  it('heads the template in Vietnamese or English, with the machine names as its second row', async () => {
    const { app, cookies } = await setup();
    const vi = await headerRows((await app.inject({ url: '/api/imports/template.xlsx', headers: { cookie: cookies.analyst } })).rawPayload);
    expect(vi.labels.slice(0, 6)).toEqual(['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Loại số liệu', 'Đơn vị hành chính', 'Năm', 'Tử số']);
    expect(vi.names).toEqual([...importColumns]);
    expect(vi.guide).toBe('Hướng dẫn');
    const en = await headerRows((await app.inject({ url: '/api/imports/template.xlsx?lang=en', headers: { cookie: cookies.analyst } })).rawPayload);
    expect(en.labels.slice(0, 6)).toEqual(['Indicator code', 'Indicator name', 'Kind of figure', 'Administrative unit', 'Year', 'Numerator']);
    expect(en.names).toEqual([...importColumns]);
    expect(en.guide).toBe('Guide');
    const bad = await app.inject({ url: '/api/imports/template.csv?lang=fr', headers: { cookie: cookies.analyst } });
    expect([bad.statusCode, Object.keys(bad.json().error.fields)]).toEqual([400, ['lang']]);
  });

  it('reads a file headed by the labels alone, in either language, or by the machine names alone', async () => {
    const { app, cookies } = await setup();
    const row = ['egov-rank', '2019', '48', '63', '1'];
    for (const header of [
      ['Mã chỉ tiêu', 'Năm', 'Thứ hạng', 'Trên tổng số', 'Mã văn bản nguồn'],
      ['Indicator code', 'Year', 'Rank', 'Out of', 'Source document id'],
      ['indicator_code', 'year', 'position', 'out_of', 'source_id'],
    ]) {
      const plan = await dryRunIn(app, cookies.analyst, csv([header, row]), 'vi');
      expect(plan.columns, header[0]).toEqual(['indicator_code', 'year', 'position', 'out_of', 'source_id']);
      expect(
        plan.rows.map((r) => [r.row, r.status]),
        header[0],
      ).toEqual([[2, 'changed']]);
    }
  });

  it('words the dry run in Vietnamese, one message per problem, each by its column', async () => {
    const { app, cookies } = await setup();
    const header = ['indicator_code', 'year', 'kind', 'numerator', 'denominator', 'value', 'position', 'out_of', 'source_id'];
    const file = csv([
      header,
      ['khong-co', '2021', '', '', '', '', '', '', '1'],
      ['bluezone-install-rate', '2021', '', 'nhiều', '520000', '', '', '', '1'],
      // A rank in the value column: told once, there, not again as the rank being empty.
      ['egov-rank', '2021', '', '', '', '20', '', '63', '1'],
      // A row of another kind: told once, by the kind column.
      ['egov-rank', '2018', 'ratio', '5', '10', '', '', '', '1'],
      ['egov-rank', '2019', '', '', '', '', '48', '63', '1'],
      ['egov-rank', '2019', '', '', '', '', '47', '63', '1'],
    ]);
    const plan = await dryRunIn(app, cookies.analyst, file, 'vi-VN,vi;q=0.9');
    const rejected = plan.rows.filter((r) => r.status === 'rejected').map((r) => [r.row, r.reason, r.fields]);
    expect(rejected).toEqual([
      [2, null, { indicator_code: 'Không có chỉ tiêu mã “khong-co”.' }],
      [3, null, { numerator: '“nhiều” không phải là số.' }],
      [4, null, { value: 'Chỉ tiêu loại thứ hạng không dùng cột này: hãy điền Thứ hạng, Trên tổng số.' }],
      [5, null, { kind: 'Chỉ tiêu này nhận số liệu loại thứ hạng.' }],
      [7, null, { year: 'Trùng số liệu với dòng 6.' }],
    ]);
    const english = await dryRunIn(app, cookies.analyst, file, 'en');
    expect(english.rows[1]!.fields).toEqual({ numerator: '“nhiều” is not a number.' });
  });

  it('reads notes in both languages from note and note_en, and serves both on the indicator', async () => {
    const { app, cookies } = await setup();
    const file = csv([
      ['indicator_code', 'year', 'position', 'out_of', 'source_id', 'note', 'note_en'],
      ['egov-rank', '2019', '48', '63', '1', 'Theo báo cáo.', 'According to the report.'],
    ]);
    const plan = await dryRunIn(app, cookies.analyst, file, 'vi');
    expect(plan.rows[0]!.entry).toMatchObject({ note: 'Theo báo cáo.', noteEn: 'According to the report.' });
    // The seeded notes come with their English.
    const detail = (await app.inject('/api/indicators/egov-rank')).json();
    const figure2020 = detail.series.find((entry: { year: number }) => entry.year === 2020).figure;
    expect([figure2020.note, figure2020.noteEn]).toEqual([
      'Năm 2020 là năm công bố xếp hạng, theo báo cáo.',
      '2020 is the year the ranking was published, according to the report.',
    ]);
  });
});
