import { conflictBodySchema, dashboardSchema, observationStateSchema, saveResultSchema, warningsBodySchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const URL_2021 = '/api/indicators/bluezone-install-rate/observations/2021';
const ratio = (numerator: number, denominator: number, version: number, extra: Record<string, unknown> = {}) => ({
  kind: 'ratio',
  numerator,
  denominator,
  version,
  sourceId: 1,
  locator: 'Bảng 2',
  ...extra,
});

async function setup() {
  const { app, db } = await testApp();
  const cookies = await signInAll(app);
  const put = (who: keyof typeof cookies, payload: object, url = URL_2021) => app.inject({ method: 'PUT', url, headers: { cookie: cookies[who] }, payload });
  const post = (who: keyof typeof cookies, action: 'publish' | 'return', payload: object) =>
    app.inject({ method: 'POST', url: `${URL_2021}/${action}`, headers: { cookie: cookies[who] }, payload });
  const bluezoneCard = async (query = '', who?: keyof typeof cookies) => {
    const res = await app.inject({ url: `/api/dashboard?year=2021${query}`, headers: who ? { cookie: cookies[who] } : {} });
    return dashboardSchema.parse(res.json()).cards.find((c) => c.code === 'bluezone-install-rate')!;
  };
  return { app, db, cookies, put, post, bluezoneCard };
}

describe('entering a figure', () => {
  it('saves a draft that the public view does not show, and analysts preview with include=drafts', async () => {
    const { put, bluezoneCard } = await setup();
    const res = await put('analyst', ratio(160000, 520000, 0));
    expect(res.statusCode).toBe(200);
    const { observation } = saveResultSchema.parse(res.json());
    expect(observation).toMatchObject({ version: 1, published: null, draft: { state: 'draft', createdBy: 'analyst', figure: { numerator: 160000 } } });
    expect((await bluezoneCard()).figure?.year).toBe(2020);
    expect((await bluezoneCard('&include=drafts')).figure?.year).toBe(2020);
    expect((await bluezoneCard('&include=drafts', 'viewer')).figure?.year).toBe(2020);
    expect((await bluezoneCard('&include=drafts', 'analyst')).figure).toMatchObject({ year: 2021, numerator: 160000 });
  });

  it('publishes through an approver other than the author, and then the overview shows it', async () => {
    const { app, cookies, put, post, bluezoneCard } = await setup();
    await put('approver', ratio(160000, 520000, 0));
    const queue = await app.inject({ url: '/api/drafts', headers: { cookie: cookies.approver2 } });
    expect(queue.json().drafts).toMatchObject([{ indicatorCode: 'bluezone-install-rate', year: 2021, draft: { createdBy: 'approver' } }]);
    const own = await post('approver', 'publish', { version: 1 });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('own-draft');
    const ok = await post('approver2', 'publish', { version: 1 });
    expect(ok.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/drafts', headers: { cookie: cookies.approver2 } })).json().drafts).toEqual([]);
    expect(observationStateSchema.parse(ok.json())).toMatchObject({ version: 2, draft: null, published: { reviewedBy: 'approver2' } });
    expect((await bluezoneCard()).figure).toMatchObject({ year: 2021, numerator: 160000, denominator: 520000 });
  });

  it('keeps the published figure while a correction waits, then supersedes it', async () => {
    const { put, post, bluezoneCard } = await setup();
    await put('analyst', ratio(160000, 520000, 0));
    await post('approver', 'publish', { version: 1 });
    const correction = await put('analyst', ratio(161000, 520000, 2));
    expect(correction.statusCode).toBe(200);
    expect((await bluezoneCard()).figure).toMatchObject({ numerator: 160000 });
    await post('approver', 'publish', { version: 3 });
    expect((await bluezoneCard()).figure).toMatchObject({ numerator: 161000 });
  });

  it('returns a draft to its author with a comment, leaving the public figure alone', async () => {
    const { put, post, bluezoneCard } = await setup();
    await put('analyst', ratio(160000, 520000, 0));
    const res = await post('approver', 'return', { version: 1, comment: 'Thiếu nguồn' });
    expect(res.statusCode).toBe(200);
    const state = observationStateSchema.parse(res.json());
    expect(state.draft).toBeNull();
    expect(state.history[0]).toMatchObject({ state: 'returned', reviewComment: 'Thiếu nguồn' });
    expect((await bluezoneCard()).figure?.year).toBe(2020);
    expect((await post('approver', 'publish', { version: 2 })).json().error.code).toBe('no-draft');
  });

  it('gives exactly one of two editors of the same version a 409 with the current figure; nothing is lost', async () => {
    const { app, cookies, put } = await setup();
    const [a, b] = await Promise.all([put('analyst', ratio(155000, 520000, 0)), put('analyst2', ratio(156000, 520000, 0))]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const body = conflictBodySchema.parse(loser.json());
    expect(body.current?.draft?.figure).toMatchObject({ kind: 'ratio' });
    // The loser reconciles against the current version and saves; both attempts are in the history.
    const retry = await put(a.statusCode === 409 ? 'analyst' : 'analyst2', ratio(157000, 520000, body.current!.version));
    expect(retry.statusCode).toBe(200);
    const state = observationStateSchema.parse((await app.inject({ url: URL_2021, headers: { cookie: cookies.analyst } })).json());
    expect(state.history.map((r) => r.state)).toEqual(['draft', 'superseded']);
  });

  it('asks to acknowledge a published rate that disagrees with numerator / denominator, and stores the acknowledgement', async () => {
    const { put, app, cookies } = await setup();
    const refused = await put('analyst', ratio(154231, 519755, 0, { published: 29.71 }));
    expect(refused.statusCode).toBe(422);
    const body = warningsBodySchema.parse(refused.json());
    expect(body.warnings).toMatchObject([{ code: 'published-mismatch', field: 'published' }]);
    expect(body.error.fields).toHaveProperty('published');
    const ok = await put('analyst', ratio(154231, 519755, 0, { published: 29.71, acknowledgedWarnings: ['published-mismatch'] }));
    expect(ok.statusCode).toBe(200);
    expect(saveResultSchema.parse(ok.json()).observation.draft?.acknowledgedWarnings).toEqual(['published-mismatch']);
    const audit = await app.inject({ url: '/api/audit?indicator=bluezone-install-rate', headers: { cookie: cookies.admin } });
    expect(audit.json().entries[0]).toMatchObject({ action: 'observation.save-draft', detail: { acknowledgedWarnings: ['published-mismatch'] } });
  });

  it('warns of a jump far beyond the history', async () => {
    const { put } = await setup();
    // DTI 16 → 5 → 6 of 63: a fall to 60th is far beyond any step so far.
    const res = await put('analyst', { kind: 'rank', position: 60, outOf: 63, version: 0, sourceId: 1 }, '/api/indicators/dti-rank/observations/2023');
    expect(res.statusCode).toBe(422);
    expect(res.json().warnings[0]).toMatchObject({ code: 'jump', field: 'position' });
  });

  it('rejects bad figures with 400 naming the field, and writes nothing', async () => {
    const { put, app, cookies } = await setup();
    const cases: [object, string][] = [
      [ratio(600000, 519755, 0), 'numerator'],
      [ratio(-1, 10, 0), 'numerator'],
      [ratio(1.5, 10, 0), 'numerator'],
      [ratio(1, 0, 0), 'denominator'],
      [{ ...ratio(1, 10, 0), sourceId: 999 }, 'sourceId'],
      [{ ...ratio(1, 10, 0), kind: 'value', value: 3 }, 'kind'],
      [ratio(1, 10, 0, { published: 140 }), 'published'],
    ];
    for (const [payload, field] of cases) {
      const res = await put('analyst', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.fields, JSON.stringify(payload)).toHaveProperty(field);
    }
    const future = await put('analyst', ratio(1, 10, 0), `/api/indicators/bluezone-install-rate/observations/${new Date().getFullYear() + 1}`);
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toHaveProperty('year');
    const rank = await put('analyst', { kind: 'rank', position: 70, outOf: 63, version: 0, sourceId: 1 }, '/api/indicators/egov-rank/observations/2021');
    expect(rank.json().error.fields).toHaveProperty('position');
    const state = await app.inject({ url: URL_2021, headers: { cookie: cookies.analyst } });
    expect(state.json()).toMatchObject({ version: 0, draft: null });
  });

  it('answers in Vietnamese when the browser asks for it', async () => {
    const { app, cookies } = await setup();
    const res = await app.inject({
      method: 'PUT',
      url: URL_2021,
      headers: { cookie: cookies.analyst, 'accept-language': 'vi-VN,vi;q=0.9' },
      payload: ratio(600000, 519755, 0),
    });
    expect(res.json().error.fields.numerator).toBe('Tử số không được lớn hơn mẫu số.');
  });
});

describe('targets', () => {
  it('keeps earlier revisions and refuses a stale revision with 409', async () => {
    const { app, cookies } = await setup();
    const url = '/api/indicators/online-services-level4-rate/targets/2025';
    const body = (revision: number, value: number) => ({ revision, value, comparator: 'gte', sourceId: 2 });
    const put = (who: keyof typeof cookies, payload: object) => app.inject({ method: 'PUT', url, headers: { cookie: cookies[who] }, payload });
    expect((await put('analyst', body(0, 90))).statusCode).toBe(403);
    expect((await put('approver', body(0, 90))).json()).toEqual({ revision: 1 });
    expect((await put('approver2', body(0, 95))).statusCode).toBe(409);
    expect((await put('approver2', body(1, 95))).json()).toEqual({ revision: 2 });
    const detail = (await app.inject('/api/indicators/online-services-level4-rate')).json();
    const t2025 = detail.targets.filter((t: { year: number }) => t.year === 2025);
    expect(t2025.map((t: { value: number; inForce: boolean }) => [t.value, t.inForce])).toEqual([
      [90, false],
      [95, true],
    ]);
  });
});
