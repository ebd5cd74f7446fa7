import { publishDefinitionDraft } from '@kpi/db';
import { catalogueFileSchema, cataloguePlanSchema, type CatalogueFile, type CataloguePlan } from '@kpi/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { App } from '../../../src/app.js';
import { importWorkerPool } from '../../../src/services/import/pool.js';
import { testApp } from '../../support/app.js';
import { multipartFile, multipartWithoutFile } from '../../support/import-app.js';
import { signInAll } from '../../support/users.js';
import { zip } from '../../support/zip.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function exportedXlsx(app: App, query = ''): Promise<Buffer> {
  const res = await app.inject(`/api/catalogue/export.xlsx${query}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="catalogue-\d{4}-\d{2}-\d{2}\.xlsx"$/);
  return res.rawPayload;
}

const exportedJson = async (app: App): Promise<CatalogueFile> => catalogueFileSchema.parse((await app.inject('/api/catalogue/export.json')).json());

const upload = (app: App, cookie: string, content: Buffer, { dryRun = true, name = 'danh-muc.xlsx', lang = 'vi' } = {}) => {
  const { payload, headers } = multipartFile(name, content);
  return app.inject({ method: 'POST', url: `/api/catalogue/import.xlsx?dryRun=${dryRun}`, headers: { ...headers, cookie, 'accept-language': lang }, payload });
};

const counts = (steps: { action: string }[]) => steps.reduce<Record<string, number>>((n, s) => ({ ...n, [s.action]: (n[s.action] ?? 0) + 1 }), {});

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** Targets with each document's number and title in place of its key (keys are per instance). */
const byDocument = (f: CatalogueFile) =>
  f.targets.map(({ source, ...t }) => {
    const { key: _key, ...document } = f.sources.find((s) => s.key === source)!;
    return { ...t, document };
  });

describe('the catalogue as an XLSX workbook', () => {
  it('exports a sheet per part, headed in Vietnamese by default and in English on request', async () => {
    const { app } = await testApp();
    const vi = await workbook(await exportedXlsx(app));
    expect(vi.worksheets.map((s) => s.name)).toEqual(['indicators', 'targets', 'sources', 'groups']);
    expect(vi.getWorksheet('groups')!.actualRowCount - 2).toBe((await exportedJson(app)).groups.length);
    const indicators = vi.getWorksheet('indicators')!;
    expect([indicators.getCell('A1').value, indicators.getCell('A2').value]).toEqual(['Mã chỉ tiêu', 'code']);
    const json = await exportedJson(app);
    expect(indicators.actualRowCount - 2).toBe(json.indicators.length);
    expect(vi.getWorksheet('targets')!.actualRowCount - 2).toBe(json.targets.length);
    const en = await workbook(await exportedXlsx(app, '?lang=en'));
    expect(en.getWorksheet('targets')!.getCell('G1').value).toBe('Document key');
    expect((await app.inject('/api/catalogue/export.xlsx?lang=fr')).statusCode).toBe(400);
    const closed = (await testApp({ auth: { publicRead: false } })).app;
    expect((await closed.inject('/api/catalogue/export.xlsx')).statusCode).toBe(401);
  });

  it('imports only for approvers, deciding before it reads the upload', async () => {
    const { app } = await testApp();
    const { analyst } = await signInAll(app);
    // Not even a multipart body: who you are comes first.
    expect((await app.inject({ method: 'POST', url: '/api/catalogue/import.xlsx', payload: 'x' })).statusCode).toBe(401);
    expect((await upload(app, analyst, Buffer.from('not a workbook'))).statusCode).toBe(403);
  });

  it('finds nothing to change when its own workbook comes back, in either language', async () => {
    const { app } = await testApp();
    const { approver } = await signInAll(app);
    for (const query of ['', '?lang=en']) {
      const res = await upload(app, approver, await exportedXlsx(app, query));
      expect(res.statusCode).toBe(200);
      const plan = cataloguePlanSchema.parse(res.json());
      expect(plan).toMatchObject({ dryRun: true, applied: false, rows: [] });
      expect(counts([...plan.indicators, ...plan.targets])).toEqual({ unchanged: plan.indicators.length + plan.targets.length });
    }
  });

  it('starts an empty instance from another instance’s workbook: the same catalogue', async () => {
    const { app: lang } = await testApp();
    const file = await exportedJson(lang);
    const bytes = await exportedXlsx(lang);
    const { app: fresh, db } = await testApp({ seed: false });
    // An admin: an empty instance has no groups yet, and only admins create them.
    const { admin } = await signInAll(fresh);
    const first = await upload(fresh, admin, bytes, { dryRun: false });
    expect(first.statusCode).toBe(200);
    expect(counts(first.json<CataloguePlan>().indicators)).toEqual({ new: file.indicators.length });
    for (const { code } of file.indicators) expect(publishDefinitionDraft(db, code, 1, 'approver2')).toMatchObject({ ok: true });
    const second = await upload(fresh, admin, bytes, { dryRun: false });
    expect(counts(second.json<CataloguePlan>().targets)).toEqual({ new: file.targets.length });
    const again = await exportedJson(fresh);
    expect(again.groups).toEqual(file.groups);
    expect(again.indicators).toEqual(file.indicators);
    expect(byDocument(again)).toEqual(byDocument(file));
  });

  it('lists each malformed row by sheet, row and column in the dry run, and refuses to write any of it', async () => {
    const { app } = await testApp();
    const { approver } = await signInAll(app);
    const book = await workbook(await exportedXlsx(app));
    book.getWorksheet('indicators')!.getCell('C3').value = null; // name_en of the first indicator
    book.getWorksheet('targets')!.getCell('B4').value = 'năm sau'; // year of the second target
    book.getWorksheet('targets')!.getCell('C3').value = 99; // a real change beside them
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const before = await exportedJson(app);

    const dry = await upload(app, approver, bytes);
    expect(dry.statusCode).toBe(200);
    const plan = cataloguePlanSchema.parse(dry.json());
    expect(plan.rows).toEqual([
      { sheet: 'indicators', row: 3, column: 'name_en', reason: 'required' },
      { sheet: 'targets', row: 4, column: 'year', reason: 'number-required' },
    ]);
    expect(plan.applied).toBe(false);
    // The rest is still planned, so one dry run shows everything to mend.
    expect(plan.targets.filter((s) => s.action === 'revised')).toHaveLength(1);

    const run = await upload(app, approver, bytes, { dryRun: false });
    expect(run.statusCode).toBe(422);
    expect(run.json()).toMatchObject({ error: { code: 'catalogue-refused' }, plan: { dryRun: false, applied: false, rows: plan.rows } });
    expect(await exportedJson(app)).toEqual({ ...before, exportedAt: expect.any(String) });
  });

  it('names a missing sheet in the reader’s language, and refuses what is no workbook', async () => {
    const { app } = await testApp();
    const { approver } = await signInAll(app);
    const book = await workbook(await exportedXlsx(app));
    book.removeWorksheet(book.getWorksheet('indicators')!.id);
    const noIndicators = await upload(app, approver, Buffer.from(await book.xlsx.writeBuffer()));
    expect(noIndicators.statusCode).toBe(400);
    expect(noIndicators.json().error.fields).toEqual({ indicators: 'Thiếu trang tính này.' });
    const csv = await upload(app, approver, Buffer.from('code,name_vi\n'), { name: 'danh-muc.csv', lang: 'en' });
    expect([csv.statusCode, csv.json().error.code]).toEqual([415, 'unsupported-file']);
    const json = await app.inject({ method: 'POST', url: '/api/catalogue/import.xlsx', headers: { cookie: approver }, payload: {} });
    expect(json.statusCode).toBe(415);
  });

  it('answers a form without a file with 400 naming the field, and writes nothing', async () => {
    const { app } = await testApp();
    const { approver } = await signInAll(app);
    const before = await exportedJson(app);
    const empty = multipartWithoutFile();
    const res = await app.inject({ method: 'POST', url: '/api/catalogue/import.xlsx?dryRun=false', ...empty, headers: { ...empty.headers, cookie: approver } });
    expect([res.statusCode, res.json().error]).toEqual([
      400,
      { code: 'file-required', message: 'Send the file in a multipart field named "file"', fields: { file: 'Choose a file to send.' } },
    ]);
    expect(await exportedJson(app)).toEqual({ ...before, exportedAt: expect.any(String) });
  });

  it('opens uploads only through the zip-checked reader: a bomb or too large a file is refused with 413', async () => {
    const { app } = await testApp({ limits: { importBytes: 256 * 1024 }, logger: { level: 'error' } });
    const { approver } = await signInAll(app);
    const bomb = zip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(64 * 1024 * 1024) },
    ]);
    const reads = vi.spyOn(importWorkerPool, 'run');
    const refused = await upload(app, approver, bomb);
    expect([refused.statusCode, refused.json().error.code]).toEqual([413, 'xlsx-too-large']);
    // Opened in the import worker, as the figures' files are: never on the thread that serves requests.
    expect(reads).toHaveBeenCalledWith(expect.objectContaining({ kind: 'read-catalogue' }), expect.any(Function));
    reads.mockRestore();
    const large = await upload(app, approver, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300 * 1024)]));
    expect([large.statusCode, large.json().error]).toEqual([
      413,
      { code: 'file-too-large', message: 'The file is larger than 0.25 MB: split it into several files', fields: { file: 'Tệp lớn hơn dung lượng cho phép.' } },
    ]);
    expect((await app.inject('/api/health')).statusCode).toBe(200);
  });
});
