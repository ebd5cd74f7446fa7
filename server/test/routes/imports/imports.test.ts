import { listAudit, observationState } from '@kpi/db';
import { importJobSchema, importRefusedSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { importTestApp } from '../../support/import-app.js';
import { csv, dryRun, postImport, waitForJob } from '../../support/imports.js';
import { signInAll } from '../../support/users.js';

const HEADER = ['indicator_code', 'year', 'numerator', 'denominator', 'value', 'position', 'out_of', 'published', 'source_id', 'source_number', 'note'];
const GOOD = [
  ['bluezone-install-rate', '2021', '160.000', '520.000', '', '', '', '', '1', '', 'Số liệu của Sở'],
  ['egov-rank', '2021', '', '', '', '20', '63', '', '', '17/NQ-CP', ''],
  ['online-services-level4-rate', '2018', '', '', '29.71', '', '', '', '1', '', ''],
  ['online-services-level4-rate', '2019', '', '', '29,71', '', '', '', '1', '', ''],
];
const BAD = ['bluezone-install-rate', '2019', '600000', '519755', '', '', '', '', '1', '', ''];

async function setup() {
  const { app, db } = await importTestApp();
  const cookies = await signInAll(app);
  return { app, db, cookies };
}

// Each import starts a worker thread (under tsx in tests): allow for a slow machine.
describe('import dry run', { timeout: 30_000 }, () => {
  it('classifies every row, reads numbers by meaning, and says which reading it applied', async () => {
    const { app, cookies } = await setup();
    const file = csv([HEADER, ...GOOD, BAD], { delimiter: ';', bom: true });
    const plan = await dryRun(app, cookies.analyst, 'so-lieu.csv', file);
    expect(plan).toMatchObject({ format: 'csv', delimiter: ';', bom: true, canImport: false });
    expect(plan.counts).toEqual({ total: 5, new: 4, changed: 0, unchanged: 0, skipped: 0, rejected: 1 });
    const [bluezone, egov, r2018, r2019, bad] = plan.rows;
    expect(bluezone).toMatchObject({ row: 2, status: 'new', entry: { kind: 'ratio', numerator: 160000, denominator: 520000, sourceId: 1 } });
    expect(bluezone!.readings).toContainEqual({ column: 'numerator', text: '160.000', value: 160000, reading: 'thousands-dot' });
    expect(egov).toMatchObject({ status: 'new', entry: { position: 20, outOf: 63, sourceId: 2 } });
    expect(r2018!.entry).toMatchObject({ value: 29.71 });
    expect(r2018!.readings[1]).toMatchObject({ column: 'value', reading: 'dot-decimal' });
    expect(r2019!.entry).toMatchObject({ value: 29.71 });
    expect(r2019!.readings[1]).toMatchObject({ column: 'value', reading: 'vi-decimal-comma' });
    // One message for the one problem, by its column; the row has no second wording of it.
    expect(bad).toMatchObject({ row: 6, status: 'rejected', reason: null, fields: { numerator: 'The numerator cannot exceed the denominator.' } });
  });

  it('rejects 1.234 in a percent column showing both readings, and reads 154.231 in a count column as 154231', async () => {
    const { app, cookies } = await setup();
    const file = csv([
      HEADER,
      ['online-services-level4-rate', '2017', '', '', '1.234', '', '', '', '1', '', ''],
      ['bluezone-install-rate', '2021', '154.231', '519.755', '', '', '', '29,71', '1', '', ''],
    ]);
    const plan = await dryRun(app, cookies.analyst, 'a.csv', file);
    const [ambiguous, counts] = plan.rows;
    expect(ambiguous).toMatchObject({ status: 'rejected', ambiguous: [{ column: 'value', text: '1.234' }] });
    expect(ambiguous!.ambiguous[0]!.readings.map((r) => r.value)).toEqual([1.234, 1234]);
    expect(ambiguous!.fields.value).toMatch(/1\.234 or 1234/);
    expect(counts!.entry).toMatchObject({ numerator: 154231, denominator: 519755, published: 29.71 });
    expect(counts!.warnings).toMatchObject([{ code: 'published-mismatch' }]);
    expect(plan.unacknowledged).toEqual(['published-mismatch']);
  });

  it('marks a figure that is already there as unchanged, and a different one as changed', async () => {
    const { app, cookies } = await setup();
    const file = csv([
      ['indicator_code', 'year', 'position', 'out_of', 'source_id', 'locator', 'note', 'note_en', 'published_text'],
      // egov-rank 2020 as seeded, word for word: a row replaces the whole figure, as the entry form does.
      [
        'egov-rank',
        '2020',
        '26',
        '63',
        '1',
        'Đoạn "Năm 2020, được sự quan tâm, chỉ đạo…"',
        'Năm 2020 là năm công bố xếp hạng, theo báo cáo.',
        '2020 is the year the ranking was published, according to the report.',
        'xếp 26/63 tỉnh, thành phố (tăng 24 bậc so với năm 2019)',
      ],
      ['egov-rank', '2019', '49', '63', '1', '', '', '', ''],
      ['dti-rank', '2023', '', '63', '', '', '', '', ''],
      ['egov-rank', '2019', '48', '63', '1', '', '', '', ''],
    ]);
    const plan = await dryRun(app, cookies.analyst, 'a.csv', file);
    expect(plan.rows.map((r) => r.status)).toEqual(['unchanged', 'changed', 'skipped', 'rejected']);
    expect(plan.rows[3]).toMatchObject({ reason: null, fields: { year: 'The same figure as row 3.' } });
    expect(plan.rows[1]).toMatchObject({ version: 1, current: { position: 50 } });
  });
});

describe('import real run', { timeout: 30_000 }, () => {
  it('writes nothing when one row among good ones is bad', async () => {
    const { app, db, cookies } = await setup();
    const res = await postImport(app, cookies.analyst, 'a.csv', csv([HEADER, ...GOOD, BAD]));
    expect(res.statusCode).toBe(400);
    const body = importRefusedSchema.parse(res.json());
    expect(body.error.code).toBe('rows-rejected');
    expect(body.plan?.rows.find((r) => r.status === 'rejected')?.row).toBe(6);
    expect(observationState(db, { code: 'bluezone-install-rate', year: 2021 })).toMatchObject({ version: 0, draft: null });
    expect(listAudit(db).filter((e) => e.action !== 'user.create')).toEqual([]);
  });

  it('writes every row as a draft in a worker, shows progress, audits the file and its checksum', async () => {
    const { app, db, cookies } = await setup();
    const res = await postImport(app, cookies.analyst, 'số liệu 2021.csv', csv([HEADER, ...GOOD]));
    expect(res.statusCode).toBe(202);
    const job = importJobSchema.parse(res.json());
    expect(res.headers.location).toBe(`/api/imports/${job.id}`);
    const done = await waitForJob(app, cookies.analyst, job.id);
    expect(done).toMatchObject({ status: 'succeeded', progress: { done: 4, total: 4 }, counts: { new: 4 }, createdBy: 'analyst' });
    expect(observationState(db, { code: 'bluezone-install-rate', year: 2021 })?.draft).toMatchObject({ createdBy: 'analyst', figure: { numerator: 160000 } });
    const audit = listAudit(db);
    expect(audit.filter((e) => e.action === 'observation.save-draft')).toHaveLength(4);
    expect(audit.find((e) => e.action === 'import.run')).toMatchObject({ entityKey: job.id, detail: { fileName: 'số liệu 2021.csv', sha256: done.sha256 } });
    expect(done.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The cached views were invalidated: analysts' preview shows the imported draft.
    const card = (await app.inject({ url: '/api/dashboard?year=2021&include=drafts', headers: { cookie: cookies.analyst } }))
      .json()
      .cards.find((c: { code: string }) => c.code === 'bluezone-install-rate');
    expect(card.figure).toMatchObject({ year: 2021, numerator: 160000 });
  });

  it('needs warnings acknowledged, and stores the acknowledgement on the draft', async () => {
    const { app, db, cookies } = await setup();
    const file = csv([HEADER, ['bluezone-install-rate', '2021', '154231', '519755', '', '', '', '29.71', '1', '', '']]);
    const refused = await postImport(app, cookies.analyst, 'a.csv', file);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('unacknowledged-warnings');
    const ok = await postImport(app, cookies.analyst, 'a.csv', file, '?acknowledge=published-mismatch');
    expect(ok.statusCode).toBe(202);
    expect((await waitForJob(app, cookies.analyst, ok.json().id)).status).toBe('succeeded');
    expect(observationState(db, { code: 'bluezone-install-rate', year: 2021 })?.draft?.acknowledgedWarnings).toEqual(['published-mismatch']);
  });

  it('refuses with 409 when a figure changed since the dry run', async () => {
    const { app, cookies } = await setup();
    const file = csv([HEADER, GOOD[0]!]);
    const plan = await dryRun(app, cookies.analyst, 'a.csv', file);
    const put = await app.inject({
      method: 'PUT',
      url: '/api/indicators/bluezone-install-rate/observations/2021',
      headers: { cookie: cookies.analyst2 },
      payload: { kind: 'ratio', numerator: 155000, denominator: 520000, version: 0, sourceId: 1 },
    });
    expect(put.statusCode).toBe(200);
    const stale = await postImport(app, cookies.analyst, 'a.csv', file, `?basis=${plan.basis}`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'stale-plan' }, plan: { rows: [{ status: 'changed', version: 1 }] } });
    const fresh = await dryRun(app, cookies.analyst, 'a.csv', file);
    const ok = await postImport(app, cookies.analyst, 'a.csv', file, `?basis=${fresh.basis}`);
    expect(ok.statusCode).toBe(202);
  });

  it('requires an analyst: 401 anonymous, 403 viewer', async () => {
    const { app, cookies } = await setup();
    const file = csv([HEADER, GOOD[0]!]);
    expect((await postImport(app, undefined, 'a.csv', file, '?dryRun=true')).statusCode).toBe(401);
    expect((await postImport(app, cookies.viewer, 'a.csv', file, '?dryRun=true')).statusCode).toBe(403);
    const badAck = await postImport(app, cookies.analyst, 'a.csv', file, '?acknowledge=everything');
    expect([badAck.statusCode, badAck.json().error.fields]).toEqual([400, { acknowledge: 'Invalid value.' }]);
    expect((await app.inject({ url: '/api/imports/template.csv' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/imports/template.csv', headers: { cookie: cookies.viewer } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/imports/00000000-0000', headers: { cookie: cookies.viewer } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/imports/00000000-0000', headers: { cookie: cookies.analyst } })).statusCode).toBe(404);
  });
});
