import { listAudit, listOrgUnits, pendingDrafts, type Db } from '@kpi/db';
import { importJobSchema, importRefusedSchema, type OrgUnit } from '@kpi/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importTestApp, multipartFile } from '../../support/import-app.js';
import { csv, dryRun, postImport, waitForJob } from '../../support/imports.js';
import { signInAll } from '../../support/users.js';

const HEADER = ['indicator_code', 'org_unit', 'year', 'numerator', 'denominator', 'source_id'];
const CODE = 'bluezone-install-rate';

async function setup() {
  const { app, db } = await importTestApp();
  return { app, db, cookies: await signInAll(app) };
}

/** The communes and wards in force from 1/7/2025. */
const communesOf = (db: Db) => listOrgUnits(db).filter((u) => u.validFrom === '2025-07-01');

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');

/** Each unit written a different way a person might: with its kind word, in capitals, without diacritics, by code. */
function written(unit: OrgUnit, i: number): string {
  switch (i % 4) {
    case 0:
      return `${unit.kind === 'ward' ? 'Phường' : 'Xã'} ${unit.name}`;
    case 1:
      return unit.name.toUpperCase();
    case 2:
      return `  ${plain(unit.name).toLowerCase()} `;
    default:
      return unit.code;
  }
}

const figureRows = (units: readonly OrgUnit[], year: number) =>
  units.map((u, i) => [CODE, written(u, i), String(year), String(1000 + i), String(2000 + i), '1']);

// Each import starts a worker thread (under tsx in tests): allow for a slow machine.
describe('importing figures by commune', { timeout: 60_000 }, () => {
  it('reads 65 communes named every which way and writes one draft per unit, audited under its unit', async () => {
    const { app, db, cookies } = await setup();
    const communes = communesOf(db);
    expect(communes).toHaveLength(65);
    const file = csv([HEADER, ...figureRows(communes, 2025)]);
    const plan = await dryRun(app, cookies.analyst, 'xa-2025.csv', file);
    expect(plan.counts).toMatchObject({ total: 65, new: 65, rejected: 0 });
    expect(plan.rows.map((r) => r.orgUnit?.code)).toEqual(communes.map((u) => u.code));
    expect(plan.rows[0]).toMatchObject({ orgUnit: { code: communes[0]!.code, name: communes[0]!.name, kind: communes[0]!.kind } });

    const res = await postImport(app, cookies.analyst, 'xa-2025.csv', file, `?basis=${plan.basis}`);
    expect(res.statusCode).toBe(202);
    const done = await waitForJob(app, cookies.analyst, importJobSchema.parse(res.json()).id);
    expect(done).toMatchObject({ status: 'succeeded', counts: { new: 65 } });
    const drafts = pendingDrafts(db).filter((d) => d.indicatorCode === CODE && d.year === 2025);
    expect(new Set(drafts.map((d) => d.orgUnit))).toEqual(new Set(communes.map((u) => u.code)));
    expect(drafts).toHaveLength(65);
    const saves = listAudit(db).filter((e) => e.action === 'observation.save-draft');
    expect(saves.map((e) => e.entityKey).sort()).toEqual(communes.map((u) => `${CODE}/2025/${u.code}`).sort());
    // The province has no 2025 draft of its own.
    expect(drafts.some((d) => d.orgUnit === 'lang-son')).toBe(false);

    // Sent again, every unit's figure is there already.
    const again = await dryRun(app, cookies.analyst, 'xa-2025.csv', file);
    expect(again.counts).toMatchObject({ unchanged: 65, new: 0 });
  });

  it('reads the unit column of an XLSX headed in Vietnamese', async () => {
    const { app, cookies } = await setup();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('figures');
    sheet.addRow(['Mã chỉ tiêu', 'Đơn vị hành chính', 'Năm', 'Tử số', 'Mẫu số', 'Mã văn bản nguồn']);
    sheet.addRow([CODE, 'Phường Đông Kinh', 2025, 10, 20, 1]);
    sheet.addRow([CODE, null, 2024, 10, 20, 1]);
    const plan = await dryRun(app, cookies.analyst, 'xa.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(plan.rows.map((r) => [r.status, r.orgUnit?.code])).toEqual([
      ['new', 'dong-kinh'],
      ['new', 'lang-son'],
    ]);
  });

  it('refuses a real run whose plan a unit’s new draft made stale (409)', async () => {
    const { app, cookies } = await setup();
    const file = csv([HEADER, [CODE, 'Tân Đoàn', '2025', '10', '20', '1']]);
    const plan = await dryRun(app, cookies.analyst, 'a.csv', file);
    expect(plan.rows[0]).toMatchObject({ status: 'new', orgUnit: { code: 'tan-doan' } });
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/indicators/${CODE}/observations/2025?unit=tan-doan`,
      headers: { cookie: cookies.approver },
      payload: { kind: 'ratio', numerator: 11, denominator: 20, version: 0, sourceId: 1 },
    });
    expect(saved.statusCode).toBe(200);
    const res = await postImport(app, cookies.analyst, 'a.csv', file, `?basis=${plan.basis}`);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'stale-plan']);
  });

  it('refuses an ambiguous, an unknown, an out-of-year and a unit-less row by the column, with candidates, writing nothing', async () => {
    const { app, db, cookies } = await setup();
    const file = csv([
      HEADER,
      [CODE, 'Xã Tân Đoàn', '2025', '10', '20', '1'],
      // In 2024 both the district and the town of Lộc Bình stood.
      [CODE, 'Lộc Bình', '2024', '10', '20', '1'],
      [CODE, 'Xã Tân Đoàn Mới', '2025', '10', '20', '1'],
      [CODE, 'Tam Thanh', '2024', '10', '20', '1'],
    ]);
    const plan = await dryRun(app, cookies.analyst, 'a.csv', file, '');
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'rejected', 'rejected', 'rejected']);
    const [, ambiguous, unknown, early] = plan.rows;
    expect(ambiguous!.fields.org_unit).toBe(
      '“Lộc Bình” could be Lộc Bình District (huyen-loc-binh), Lộc Bình Town (loc-binh-thi-tran-loc-binh): write the unit’s code, or put its kind before the name (xã, phường…).',
    );
    expect(ambiguous!.orgUnit).toBeNull();
    expect(unknown!.fields.org_unit).toMatch(/^No administrative unit “Xã Tân Đoàn Mới”; the nearest: Tân Đoàn Commune \(tan-doan\), /);
    expect(early!.fields).toEqual({ org_unit: 'This unit did not exist in the figure’s year.' });

    const res = await postImport(app, cookies.analyst, 'a.csv', file);
    const body = importRefusedSchema.parse(res.json());
    expect([res.statusCode, body.error.code]).toEqual([400, 'rows-rejected']);
    expect(pendingDrafts(db)).toEqual([]);
    expect(listAudit(db).filter((e) => e.action !== 'user.create')).toEqual([]);
  });

  it('refuses a commune figure of an indicator without units, in the analyst’s language', async () => {
    const { app, cookies } = await setup();
    const file = csv([
      ['indicator_code', 'org_unit', 'year', 'position', 'out_of', 'source_id'],
      ['egov-rank', 'tan-doan', '2025', '3', '63', '1'],
      ['egov-rank', '', '2024', '3', '63', '1'],
    ]);
    const res = await postImport(app, cookies.analyst, 'a.csv', file, '?dryRun=true');
    expect(res.statusCode).toBe(200);
    const [commune, province] = res.json().rows;
    expect(commune.fields).toEqual({ org_unit: 'This indicator has province figures only (its definition does not build it from communes and wards).' });
    expect(province).toMatchObject({ status: 'new', orgUnit: { code: 'lang-son' } });
    const { payload, headers } = multipartFile('a.csv', file);
    const vi = await app.inject({
      method: 'POST',
      url: '/api/imports?dryRun=true',
      payload,
      headers: { ...headers, cookie: cookies.analyst, 'accept-language': 'vi' },
    });
    expect(vi.json().rows[0].fields).toEqual({ org_unit: 'Chỉ tiêu này chỉ có số liệu cấp tỉnh (định nghĩa không tổng hợp từ xã, phường).' });
  });
});
