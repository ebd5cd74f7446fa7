import { peerRanks } from '@kpi/db';
import { buildReview } from '@kpi/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.js';
import { exportTable } from '../../src/services/export/figures.js';
import { DEFAULT_REVIEW_AGENCY, reviewDocx, reviewPdf } from '../../src/services/review-document/index.js';
import { toCsv } from '../../src/services/spreadsheet/write-csv.js';
import { toXlsx } from '../../src/services/spreadsheet/write-xlsx.js';
import { testApp } from '../support/app.js';
import { signInAll } from '../support/users.js';

// The real builders, counted: a request that is answered from the cache builds nothing.
vi.mock('../../src/services/review-document/index.js', async (importOriginal) => {
  const actual = await importOriginal<{ reviewDocx: typeof reviewDocx; reviewPdf: typeof reviewPdf }>();
  return { ...actual, reviewDocx: vi.fn(actual.reviewDocx), reviewPdf: vi.fn(actual.reviewPdf) };
});
vi.mock('../../src/services/spreadsheet/write-xlsx.js', async (importOriginal) => {
  const actual = await importOriginal<{ toXlsx: typeof toXlsx }>();
  return { ...actual, toXlsx: vi.fn(actual.toXlsx) };
});
vi.mock('../../src/services/spreadsheet/write-csv.js', async (importOriginal) => {
  const actual = await importOriginal<{ toCsv: typeof toCsv }>();
  return { ...actual, toCsv: vi.fn(actual.toCsv) };
});

const builds = () => ({
  docx: vi.mocked(reviewDocx).mock.calls.length,
  pdf: vi.mocked(reviewPdf).mock.calls.length,
  xlsx: vi.mocked(toXlsx).mock.calls.length,
  csv: vi.mocked(toCsv).mock.calls.length,
});

/** Publishes a 2022 rank for egov-rank through the API, as an analyst and an approver would. */
async function publishFigure(app: App) {
  const cookies = await signInAll(app);
  const draft = await app.inject({
    method: 'PUT',
    url: '/api/indicators/egov-rank/observations/2022',
    headers: { cookie: cookies.analyst },
    payload: { kind: 'rank', position: 20, outOf: 63, version: 0, sourceId: 1 },
  });
  const published = await app.inject({
    method: 'POST',
    url: '/api/indicators/egov-rank/observations/2022/publish',
    headers: { cookie: cookies.approver },
    payload: { version: draft.json().observation.version },
  });
  expect(published.statusCode).toBe(200);
}

beforeEach(() => vi.clearAllMocks());
afterEach(() => vi.useRealTimers());

describe('the review and the exports, built once per data version', () => {
  it('builds the Word file once for repeated anonymous requests, and answers a revalidation with 304', async () => {
    const { app } = await testApp();
    const first = await app.inject('/api/reviews/2020/review.docx?lang=vi');
    const second = await app.inject('/api/reviews/2020/review.docx?lang=vi');
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(builds().docx).toBe(1);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(first.headers).toMatchObject({ etag: expect.stringMatching(/^".+"$/), 'cache-control': 'no-cache' });
    const again = await app.inject({ url: '/api/reviews/2020/review.docx?lang=vi', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    // Another language is another file.
    await app.inject('/api/reviews/2020/review.docx?lang=en');
    expect(builds().docx).toBe(2);
  });

  it('builds the PDF once too, and answers a revalidation with 304', async () => {
    const { app } = await testApp();
    const first = await app.inject('/api/reviews/2020/review.pdf?lang=vi');
    const second = await app.inject('/api/reviews/2020/review.pdf');
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(builds().pdf).toBe(1);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    const again = await app.inject({ url: '/api/reviews/2020/review.pdf?lang=vi', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });

  it('serves the very bytes a fresh build makes', async () => {
    // The files carry their creation time: hold the clock still so two builds can be compared.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-29T08:00:00Z') });
    const { app } = await testApp();
    const docx = await app.inject('/api/reviews/2020/review.docx?lang=en');
    const xlsx = await app.inject('/api/exports/figures.xlsx?from=2018&indicators=egov-rank,bluezone-install-rate');
    const { groups, data, updatedAt } = app.view.snapshot();
    const { reviewDocx: freshDocx } = await vi.importActual<{ reviewDocx: typeof reviewDocx }>('../../src/services/review-document/index.js');
    const { toXlsx: freshXlsx } = await vi.importActual<{ toXlsx: typeof toXlsx }>('../../src/services/spreadsheet/write-xlsx.js');
    // Built as the route builds it, the DTI table's paragraph among the provinces included.
    const review = buildReview(data, groups, 2020, 'en', updatedAt, new Date(), peerRanks(app.db, 'dti', [], 3));
    expect(docx.rawPayload.equals(await freshDocx(review, DEFAULT_REVIEW_AGENCY))).toBe(true);
    const table = exportTable(app.db, { from: 2018, indicators: ['egov-rank', 'bluezone-install-rate'], lang: 'vi' });
    expect(xlsx.rawPayload.equals(await freshXlsx([table]))).toBe(true);
  });

  it('builds an export again after a publication, with the new figure, and not before', async () => {
    const { app } = await testApp();
    const urls = ['/api/exports/figures.xlsx?indicators=egov-rank,bluezone-install-rate', '/api/exports/figures.csv?indicators=egov-rank'];
    for (const url of urls) await app.inject(url);
    // The same question asked differently (indicators in another order, the default language named) is the same file.
    await app.inject('/api/exports/figures.xlsx?lang=vi&indicators=bluezone-install-rate,egov-rank');
    const before = await app.inject(urls[1]!);
    expect(builds()).toMatchObject({ xlsx: 1, csv: 1 });
    const rank2022 = /egov-rank,[^\r\n]*,2022,/;
    expect(before.body).not.toMatch(rank2022);

    await publishFigure(app);
    const after = await app.inject(urls[1]!);
    await app.inject(urls[0]!);
    expect(builds()).toMatchObject({ xlsx: 2, csv: 2 });
    expect(after.body).toMatch(rank2022);
    // The old ETag no longer matches: a client that kept the old file gets the new one.
    const revalidated = await app.inject({ url: urls[1]!, headers: { 'if-none-match': before.headers.etag as string } });
    expect(revalidated.statusCode).toBe(200);
  });

  it('keeps the review JSON too, rebuilt once the data changes', async () => {
    const { app } = await testApp();
    const first = await app.inject('/api/reviews/2020?lang=vi');
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const again = await app.inject({ url: '/api/reviews/2020?lang=vi', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    const { generatedAt } = first.json();
    expect((await app.inject('/api/reviews/2020?lang=vi')).json().generatedAt).toBe(generatedAt);
    await publishFigure(app);
    const rebuilt = await app.inject({ url: '/api/reviews/2020?lang=vi', headers: { 'if-none-match': first.headers.etag as string } });
    // Drafted anew from the new data version: a new time, so a new ETag.
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.json().generatedAt).not.toBe(generatedAt);
  });
});
