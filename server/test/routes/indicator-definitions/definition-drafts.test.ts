import { auditListSchema, dashboardSchema, definitionConflictBodySchema, definitionListSchema, definitionStateSchema, indicatorListSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { newDefinition } from '@kpi/shared/testing';
import { definitionsApp } from '../../support/definitions.js';

const CODE = newDefinition().code;

describe('proposing and publishing an indicator definition', () => {
  it('keeps a new indicator out of the published data until another approver publishes it, then shows it everywhere', async () => {
    const { app, cookies, get, put, post } = await definitionsApp();
    expect((await get('approver', CODE)).json()).toMatchObject({ code: CODE, version: 0, published: null, draft: null, history: [] });

    const saved = await put('approver', CODE, { version: 0, definition: newDefinition() });
    expect(saved.statusCode).toBe(200);
    expect(definitionStateSchema.parse(saved.json())).toMatchObject({
      version: 1,
      published: null,
      draft: { state: 'draft', createdBy: 'approver', baseVersion: 0, definition: { code: CODE, aggregation: 'ratio-sum', retiredFrom: null } },
    });
    const listed = definitionListSchema.parse((await app.inject({ url: '/api/indicator-definitions', headers: { cookie: cookies.admin } })).json());
    expect(listed.definitions.at(-1)).toMatchObject({ code: CODE, version: 1, published: null });
    const codes = async () => indicatorListSchema.parse((await app.inject({ url: '/api/indicators' })).json()).indicators.map((i) => i.code);
    expect(await codes()).not.toContain(CODE);

    const own = await post('approver', CODE, 'publish', { version: 1 });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('own-draft');

    const published = await post('approver2', CODE, 'publish', { version: 1 });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ version: 2, draft: null, published: { code: CODE, name: { en: 'Communes with a public Wi-Fi spot' } } });
    expect(await codes()).toContain(CODE);
    const dashboard = dashboardSchema.parse((await app.inject({ url: '/api/dashboard?year=2021' })).json());
    expect(dashboard.cards.find((c) => c.code === CODE)).toMatchObject({ figure: null, status: { status: 'no-data' } });
    expect((await app.inject({ url: `/api/indicators/${CODE}` })).statusCode).toBe(200);

    const audit = auditListSchema.parse((await app.inject({ url: `/api/audit?indicator=${CODE}`, headers: { cookie: cookies.admin } })).json());
    expect(audit.entries.map((e) => [e.action, e.actor])).toEqual([
      ['indicator.publish', 'approver2'],
      ['indicator.save-draft', 'approver'],
    ]);
  });

  it('answers 409 with the current entry to a write based on a stale version', async () => {
    const { put, post } = await definitionsApp();
    const renamed = (en: string) => newDefinition({ code: 'bluezone-install-rate', name: { vi: 'Tỷ lệ cài Bluezone', en } });
    expect((await put('approver', 'bluezone-install-rate', { version: 1, definition: renamed('Bluezone installs') })).statusCode).toBe(200);
    const late = await put('admin', 'bluezone-install-rate', { version: 1, definition: renamed('Bluezone uptake') });
    expect(late.statusCode).toBe(409);
    const body = definitionConflictBodySchema.parse(late.json());
    expect(body.error).toMatchObject({ code: 'conflict', fields: { version: expect.stringContaining('reload') } });
    expect(body.current).toMatchObject({ version: 2, draft: { createdBy: 'approver', definition: { name: { en: 'Bluezone installs' } } } });
    expect((await post('approver2', 'bluezone-install-rate', 'publish', { version: 1 })).statusCode).toBe(409);
  });

  it('returns a draft to its author with a comment, leaving the published definition', async () => {
    const { cookies, app, put, post } = await definitionsApp();
    const definition = newDefinition({ code: 'bluezone-install-rate', decimals: 0 });
    expect((await put('approver', 'bluezone-install-rate', { version: 1, definition })).statusCode).toBe(200);
    const returned = await post('admin', 'bluezone-install-rate', 'return', { version: 2, comment: 'Giữ hai chữ số thập phân' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      version: 3,
      draft: null,
      published: { decimals: 2 },
      history: [{ state: 'returned', reviewedBy: 'admin', reviewComment: 'Giữ hai chữ số thập phân' }],
    });
    expect((await post('approver2', 'bluezone-install-rate', 'publish', { version: 3 })).json().error.code).toBe('no-draft');
    // The list says so too, by the entry's newest revision.
    const list = definitionListSchema.parse((await app.inject({ url: '/api/indicator-definitions', headers: { cookie: cookies.approver } })).json());
    expect(list.definitions.find((d) => d.code === 'bluezone-install-rate')?.latest).toMatchObject({ state: 'returned', reviewedBy: 'admin' });
    const audit = auditListSchema.parse((await app.inject({ url: '/api/audit?indicator=bluezone-install-rate', headers: { cookie: cookies.admin } })).json());
    expect(audit.entries[0]).toMatchObject({ action: 'indicator.return', actor: 'admin', detail: { comment: 'Giữ hai chữ số thập phân', author: 'approver' } });
  });

  it('refuses a new indicator with a code that exists, naming the code', async () => {
    const { put } = await definitionsApp();
    const res = await put('approver', 'egov-rank', { version: 0, definition: newDefinition({ code: 'egov-rank' }) }, { 'accept-language': 'vi' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'code-taken', fields: { 'definition.code': 'Đã có chỉ tiêu mang mã này.' } });
  });
});

describe('retiring an indicator', () => {
  it('takes it off the overview from its year once published, and keeps its history on its page', async () => {
    const { app, cookies, post } = await definitionsApp();
    const proposed = await post('approver', 'bluezone-install-rate', 'retire', { version: 1, fromYear: 2021 });
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json()).toMatchObject({ version: 2, published: { retiredFrom: null }, draft: { definition: { retiredFrom: 2021 } } });
    const cardCodes = async (year: number) => dashboardSchema.parse((await app.inject({ url: `/api/dashboard?year=${year}` })).json()).cards.map((c) => c.code);
    expect(await cardCodes(2021)).toContain('bluezone-install-rate');

    expect((await post('approver2', 'bluezone-install-rate', 'publish', { version: 2 })).statusCode).toBe(200);
    expect(await cardCodes(2021)).not.toContain('bluezone-install-rate');
    expect(await cardCodes(2020)).toContain('bluezone-install-rate');
    const page = await app.inject({ url: '/api/indicators/bluezone-install-rate' });
    expect(page.json()).toMatchObject({ indicator: { retiredFrom: 2021 }, series: [expect.objectContaining({ year: 2020 })] });
    const audit = auditListSchema.parse((await app.inject({ url: '/api/audit?indicator=bluezone-install-rate', headers: { cookie: cookies.admin } })).json());
    expect(audit.entries.map((e) => e.action)).toEqual(['indicator.publish', 'indicator.propose-retirement']);
  });

  it('answers 404 for an indicator that does not exist', async () => {
    const { post } = await definitionsApp();
    const res = await post('approver', 'no-such-indicator', 'retire', { version: 0, fromYear: 2021 });
    expect(res.statusCode).toBe(404);
  });
});
