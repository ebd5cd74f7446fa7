import { orgUnitImportPlanSchema, orgUnitListSchema, type OrgUnitImportPlan } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { testApp } from '../../support/app.js';
import { multipartFile } from '../../support/import-app.js';
import { csv } from '../../support/imports.js';
import { signInAll } from '../../support/users.js';
import { zip } from '../../support/zip.js';

function postUnits(app: App, cookie: string, fileName: string, content: Buffer | string, query = '?dryRun=true', lang = 'vi') {
  const { payload, headers } = multipartFile(fileName, content);
  return app.inject({ method: 'POST', url: `/api/org-units/import${query}`, payload, headers: { ...headers, cookie, 'accept-language': lang } });
}
const units = async (app: App, cookie: string) => orgUnitListSchema.parse((await app.inject({ url: '/api/org-units', headers: { cookie } })).json()).units;
const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Trực thuộc (mã hoặc tên)', 'Hiệu lực từ ngày', 'Hợp thành từ (các mã hoặc tên ngăn bởi dấu ;)'];

describe('the organisation units file', () => {
  it('exports every unit as CSV and XLSX that import again with no change', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    for (const [format, lang] of [
      ['csv', 'vi'],
      ['xlsx', 'en'],
    ] as const) {
      const file = await app.inject({ url: `/api/org-units/export.${format}?lang=${lang}`, headers: { cookie: admin } });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-disposition']).toBe(`attachment; filename="org-units.${format}"`);
      if (format === 'csv') expect(file.body).toContain('Mã đơn vị,Tên đơn vị,Tên tiếng Anh (tự tạo),Loại đơn vị');
      const res = await postUnits(app, admin, `org-units.${format}`, file.rawPayload);
      expect(res.statusCode).toBe(200);
      const plan = orgUnitImportPlanSchema.parse(res.json());
      expect(plan).toMatchObject({ format, canImport: true, applied: false, ignoredColumns: ['name_en'] });
      expect(plan.counts).toEqual({ total: 84, new: 0, changed: 0, unchanged: 84, refused: 0 });
    }
  });

  it('lists every refused row by column and why, in Vietnamese, and a run of it writes nothing', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const before = await units(app, admin);
    const content = csv([
      HEADER,
      ['xa-moi', 'Mới', 'Xã', 'Lạng Sơn', '01/01/2026', ''],
      ['xa-moi', 'Mới lần hai', 'Xã', 'lang-son', '', ''],
      ['xa-sai', 'Sai', 'làng', 'Lộc Bình', '', 'Không Có'],
    ]);
    const dry = orgUnitImportPlanSchema.parse((await postUnits(app, admin, 'don-vi.csv', content)).json());
    expect(dry.counts).toMatchObject({ new: 1, refused: 2, total: 3 });
    expect(dry.canImport).toBe(false);
    const problems = (plan: OrgUnitImportPlan) => plan.rows.map((r) => [r.row, r.status, r.problems.map((p) => p.column)]);
    expect(problems(dry)).toEqual([
      [2, 'new', []],
      [3, 'refused', ['code']],
      [4, 'refused', ['kind', 'parent', 'predecessors']],
    ]);
    expect(dry.rows[2]!.problems[1]!.message).toMatch(/^“Lộc Bình” có thể là .*Xã Lộc Bình \(loc-binh\)/);

    const run = await postUnits(app, admin, 'don-vi.csv', content, '');
    expect(run.statusCode).toBe(400);
    expect(run.json().error.code).toBe('rows-refused');
    expect(run.json().plan.counts.refused).toBe(2);
    expect(await units(app, admin)).toEqual(before);
  });

  it('applies a checked file all at once, audited, and refuses a run whose units moved since its dry run', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const content = csv([
      HEADER,
      ['xa-moi', 'Mới', 'commune', 'lang-son', '2026-01-01', 'Tân Tiến'],
      ['tan-doan', 'Tân Đoàn', 'Xã', 'lang-son', '2025-07-01', 'xa-moi'],
    ]);
    const dry = orgUnitImportPlanSchema.parse((await postUnits(app, admin, 'don-vi.csv', content, '?dryRun=true', 'en')).json());
    expect(dry.rows.map((r) => [r.code, r.status, r.changes])).toEqual([
      ['xa-moi', 'new', []],
      ['tan-doan', 'changed', [{ column: 'predecessors', before: null, after: 'xa-moi' }]],
    ]);
    const run = await postUnits(app, admin, 'don-vi.csv', content, `?basis=${dry.basis}`);
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ applied: true, counts: { new: 1, changed: 1 } });
    const after = await units(app, admin);
    expect(after.find((u) => u.code === 'xa-moi')).toMatchObject({ kind: 'commune', parent: 'lang-son', predecessors: ['tan-tien'] });
    expect(after.find((u) => u.code === 'tan-doan')).toMatchObject({ predecessors: ['xa-moi'], version: 2 });
    const audit = (await app.inject({ url: '/api/audit?user=admin', headers: { cookie: admin } })).json().entries as { action: string }[];
    expect(audit.map((e) => e.action).filter((a) => a.startsWith('org-unit'))).toEqual(['org-unit.import', 'org-unit.update', 'org-unit.create']);

    const again = await postUnits(app, admin, 'don-vi.csv', content, `?basis=${dry.basis}`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('stale-plan');
  });

  it('refuses a file it cannot read with a 4xx saying why', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const noCode = await postUnits(
      app,
      admin,
      'don-vi.csv',
      csv([
        ['Tên đơn vị', 'Loại đơn vị'],
        ['Mới', 'Xã'],
      ]),
    );
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().error).toMatchObject({ code: 'missing-columns', message: expect.stringContaining('missing: code') });
    const xls = await postUnits(app, admin, 'don-vi.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
    expect(xls.statusCode).toBe(415);
    // Read by the figures import's zip-checked reader: a part that inflates past what it declares is never parsed.
    const bomb = zip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(8 * 1024 * 1024), lie: { size: 1024 } },
    ]);
    const forged = await postUnits(app, admin, 'don-vi.xlsx', bomb);
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.code).toBe('unreadable-xlsx');
    const json = await app.inject({ method: 'POST', url: '/api/org-units/import', headers: { cookie: admin }, payload: { units: [] } });
    expect(json.statusCode).toBe(415);
  });
});
