import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { testApp } from '../../support/app.js';
import { multipartFile, multipartWithoutFile } from '../../support/import-app.js';
import { signInAll } from '../../support/users.js';

const HEAD = 'province,year,rank,out_of,score,government_rank,economy_rank,society_rank,source_id,note';

/** Each app signs its accounts in once: sign-in is rate-limited per address. */
const sessions = new WeakMap<App, Awaited<ReturnType<typeof signInAll>>>();
async function cookies(app: App) {
  if (!sessions.has(app)) sessions.set(app, await signInAll(app));
  return sessions.get(app)!;
}
const approver = async (app: App) => (await cookies(app)).approver;

async function send(app: App, csv: string, { dryRun = false, lang = 'en', query = '' } = {}) {
  const cookie = await approver(app);
  const file = multipartFile('dti-2023.csv', csv);
  return app.inject({
    method: 'POST',
    url: `/api/rankings/dti/import?dryRun=${dryRun}${query}`,
    ...file,
    headers: { ...file.headers, cookie, 'accept-language': lang },
  });
}

const ranksOf = async (app: App, province: string) =>
  ((await app.inject({ url: `/api/rankings/dti?provinces=${province}` })).json().ranks as { province: string; year: number; rank: number }[]).filter(
    (r) => r.province === province,
  );

describe('POST /api/rankings/:index/import', () => {
  it('dry-runs every row as new, changed or unchanged, matching names without diacritics, and writes nothing', async () => {
    const { app } = await testApp();
    const csv = [HEAD, 'cao bang,2023,30,63,,,,,1,', 'Tỉnh Quảng Ngãi,2023,21,63,,12,13,14,1,', 'TP. HCM,2023,3,63,0.7,,,,1,'].join('\n');
    const res = await send(app, csv, { dryRun: true });
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan.counts).toEqual({ new: 1, changed: 2, unchanged: 0, refused: 0 });
    expect(plan.rows.map((r: { province: string; status: string }) => [r.province, r.status])).toEqual([
      ['cao-bang', 'new'],
      ['quang-ngai', 'changed'],
      ['ho-chi-minh', 'changed'],
    ]);
    // Quảng Ngãi's row only changes its source; TP HCM's its rank (2 → 3) and score.
    expect(plan.rows[2].changes.map((c: { field: string }) => c.field)).toEqual(['rank', 'score', 'source_id']);
    expect(plan.written).toBe(false);
    expect(await ranksOf(app, 'cao-bang')).toEqual([]);
  });

  it('writes the rows of a clean file and then finds them unchanged', async () => {
    const { app } = await testApp();
    const csv = [HEAD, 'Cao Bằng,2023,30,63,,,,,1,', 'Cao Bằng,2022,33,,,,,,1,'].join('\n');
    const res = await send(app, csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ written: true, counts: { new: 2 } });
    expect((await ranksOf(app, 'cao-bang')).map((r) => [r.year, r.rank])).toEqual([
      [2022, 33],
      [2023, 30],
    ]);
    expect((await send(app, csv, { dryRun: true })).json().counts).toMatchObject({ unchanged: 2, new: 0 });
    const audit = (await app.inject({ url: '/api/audit?entity=province-rank', headers: { cookie: (await cookies(app)).admin } })).json();
    expect(JSON.stringify(audit)).toContain('dti/2023/cao-bang');
  });

  it('names each bad row and why, in Vietnamese, and writes none of the file', async () => {
    const { app } = await testApp();
    const csv = [
      HEAD,
      'Cao Bằng,2023,30,63,,,,,1,', // fine on its own, but the file is refused as a whole
      'Lang Son Moi,2023,12,63,,,,,1,', // matches no province
      'Bắc Kạn,2023,70,63,,,,,1,', // rank above out of
      'Bắc Kạn,2019,20,63,,,,,1,', // year before the DTI
      'Điện Biên,2023,40,63,,,,,1,',
      'dien bien,2023,41,63,,,,,1,', // the same province and year twice
      'Bắc Giang,2024,3,34,,,,,1,', // merged: not in the 34
      'Hà Giang,2023,50,34,,,,,1,', // the 2023 table ranks 63
      'Lạng Sơn,2022,7,63,,,,,1,', // disagrees with the published dti-rank figure
      'Yên Bái,2023,44,63,1.5,,,,999,', // score out of range, unknown source
    ].join('\n');
    const res = await send(app, csv, { lang: 'vi' });
    expect(res.statusCode).toBe(400);
    const { error, plan } = res.json();
    expect(error.code).toBe('rows-refused');
    const problems = Object.fromEntries(
      plan.rows
        .filter((r: { status: string }) => r.status === 'refused')
        .map((r: { row: number; problems: { field: string; message: string }[] }) => [r.row, r.problems]),
    );
    expect(problems[3]).toEqual([
      { field: 'province', message: expect.stringMatching(/^Không có tỉnh, thành phố nào tên "Lang Son Moi"; gần nhất: Lạng Sơn/) },
    ]);
    expect(problems[4]).toEqual([{ field: 'rank', message: 'Thứ hạng 70 lớn hơn tổng số 63.' }]);
    expect(problems[5]).toEqual([{ field: 'year', message: expect.stringMatching(/^Năm phải từ 2020 đến \d{4}\.$/) }]);
    expect(problems[6]).toEqual([{ field: 'province', message: 'Trùng tỉnh và năm với dòng 7.' }]);
    expect(problems[7]).toEqual([{ field: 'province', message: 'Trùng tỉnh và năm với dòng 6.' }]);
    expect(problems[8]).toEqual([{ field: 'province', message: 'Bắc Giang không có trong bảng xếp hạng năm 2024 (từ 01/07/2025 sáp nhập vào Bắc Ninh).' }]);
    expect(problems[9]).toEqual([{ field: 'out_of', message: 'Bảng năm 2023 xếp hạng 63 tỉnh, thành phố.' }]);
    expect(problems[10]).toEqual([{ field: 'rank', message: 'Khác số liệu đã công bố của chỉ tiêu xếp hạng DTI năm 2022: 6/63.' }]);
    expect(problems[11]!.map((p: { field: string }) => p.field)).toEqual(['score', 'source_id']);
    expect(plan.counts).toEqual({ new: 1, changed: 0, unchanged: 0, refused: 9 });
    expect(await ranksOf(app, 'cao-bang')).toEqual([]);
  });

  it('reads an XLSX with the headers people write, and a source for the whole file', async () => {
    const { app } = await testApp();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DTI 2023');
    sheet.addRow(['Chỉ số DTI năm 2023']);
    sheet.addRow(['Tỉnh, thành phố', 'Năm', 'Xếp hạng', 'Điểm']);
    sheet.addRow(['Cao Bằng', 2023, 30, 0.55]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const cookie = await approver(app);
    const file = multipartFile('dti.xlsx', bytes);
    const res = await app.inject({ method: 'POST', url: '/api/rankings/dti/import?sourceId=1', ...file, headers: { ...file.headers, cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().rows).toMatchObject([{ row: 3, status: 'new', province: 'cao-bang', values: { rank: 30, outOf: 63, score: 0.55, sourceId: 1 } }]);
  });

  it('refuses a file without the columns it needs, naming them', async () => {
    const { app } = await testApp();
    const res = await send(app, 'tinh,nam\nCao Bằng,2023\n');
    expect(res.statusCode).toBe(400);
    // The field is the upload's: a form shows the refusal beside its file input.
    expect(res.json().error).toMatchObject({
      code: 'missing-columns',
      message: expect.stringContaining('province, year, rank'),
      fields: { file: 'missing-columns' },
    });
  });
});

describe('GET /api/rankings/:index/template.csv', () => {
  it('heads the columns in the reader’s language above the machine names, and an import reads it back filled in', async () => {
    const { app } = await testApp();
    const cookie = await approver(app);
    const res = await app.inject({ url: '/api/rankings/dti/template.csv', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="dti-ranking-template.csv"');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      '"Tỉnh, thành phố",Năm,Xếp hạng,Trên tổng số,Điểm,Chính quyền số,Kinh tế số,Xã hội số,Mã nguồn,Ghi chú',
      'province,year,rank,out_of,score,government_rank,economy_rank,society_rank,source_id,note',
    ]);
    const en = await app.inject({ url: '/api/rankings/dti/template.csv?lang=en', headers: { cookie } });
    expect(en.body).toContain('Province or city,Year,Rank,Out of,Score,Digital government,Digital economy,Digital society,Source id,Note');

    const filled = `${res.body.trimEnd()}\r\nCao Bằng,2023,30,63,,,,,1,\r\n`;
    const plan = (await send(app, filled, { dryRun: true })).json();
    expect(plan.rows).toMatchObject([{ row: 3, status: 'new', province: 'cao-bang' }]);
  });
});

describe('POST /api/rankings/:index/import: the upload itself', () => {
  it('answers a file past the import limit with 413 and a form without a file with 400, each naming the field, in the caller’s language', async () => {
    const { app } = await testApp({ limits: { importBytes: 1024 * 1024 } });
    const cookie = await approver(app);
    const large = multipartFile('dti.csv', Buffer.alloc(1024 * 1024 + 1, 0x20));
    const tooLarge = await app.inject({
      method: 'POST',
      url: '/api/rankings/dti/import',
      ...large,
      headers: { ...large.headers, cookie, 'accept-language': 'vi' },
    });
    expect([tooLarge.statusCode, tooLarge.json().error]).toEqual([
      413,
      { code: 'file-too-large', message: 'The file is larger than 1 MB: split it into several files', fields: { file: 'Tệp lớn hơn dung lượng cho phép.' } },
    ]);
    const empty = multipartWithoutFile();
    const noFile = await app.inject({ method: 'POST', url: '/api/rankings/dti/import', ...empty, headers: { ...empty.headers, cookie } });
    expect([noFile.statusCode, noFile.json().error]).toEqual([
      400,
      { code: 'file-required', message: 'Send the file in a multipart field named "file"', fields: { file: 'Choose a file to send.' } },
    ]);
    expect(await ranksOf(app, 'cao-bang')).toEqual([]);
  });
});

describe('GET /api/rankings/:index', () => {
  it('refuses a malformed province list with a 400 naming the field', async () => {
    const { app } = await testApp();
    const res = await app.inject({ url: '/api/rankings/dti?provinces=Cao%20B%E1%BA%B1ng' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual([expect.stringMatching(/^provinces/)]);
    expect((await app.inject({ url: '/api/rankings/pci' })).statusCode).toBe(400);
  });
});
