import { commentaryStateSchema, publishedCommentarySchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const URL_2021 = '/api/indicators/bluezone-install-rate/commentary/2021';
const action = { what: 'Vận động cài đặt tại 65 xã, phường', who: 'Phòng Bưu chính', due: '2026-06-30', done: false };
const entry = (extra: Record<string, unknown> = {}) => ({ version: 0, analysis: 'Tỷ lệ cài đặt giảm.\n\nNguyên nhân: hết dịch.', actions: [action], ...extra });

describe('commentary through the API', () => {
  it('shows readers the commentary only once an approver other than its author has published it', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const read = async () => publishedCommentarySchema.parse((await app.inject(URL_2021)).json()).commentary;
    const saved = await app.inject({ method: 'PUT', url: URL_2021, headers: { cookie: cookies.analyst }, payload: entry() });
    expect(saved.statusCode).toBe(200);
    expect(commentaryStateSchema.parse(saved.json())).toMatchObject({ version: 1, draft: { analysis: 'Tỷ lệ cài đặt giảm.\n\nNguyên nhân: hết dịch.' } });
    expect(await read()).toBeNull();
    // Anyone signed in reads the published view only, whatever their role.
    expect((await app.inject({ url: URL_2021, headers: { cookie: cookies.approver } })).json().commentary).toBeNull();

    const queue = (await app.inject({ url: '/api/commentary-drafts', headers: { cookie: cookies.approver } })).json();
    expect(queue.drafts.map((d: { indicatorCode: string; authorName: string }) => [d.indicatorCode, d.authorName])).toEqual([
      ['bluezone-install-rate', 'analyst'],
    ]);

    const publish = (cookie: string, version: number) => app.inject({ method: 'POST', url: `${URL_2021}/publish`, headers: { cookie }, payload: { version } });
    const own = await publish(cookies.analyst, 1);
    expect(own.statusCode).toBe(403);
    expect((await publish(cookies.approver, 2)).statusCode).toBe(409);
    expect((await publish(cookies.approver, 1)).statusCode).toBe(200);
    expect(await read()).toMatchObject({ analysis: 'Tỷ lệ cài đặt giảm.\n\nNguyên nhân: hết dịch.', actions: [action] });

    const audit = (await app.inject({ url: '/api/audit?indicator=bluezone-install-rate', headers: { cookie: cookies.admin } })).json();
    const entries = audit.entries.filter((e: { entity: string }) => e.entity === 'commentary');
    expect(entries.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ['commentary.publish', 'approver'],
      ['commentary.save-draft', 'analyst'],
    ]);
  });

  it('names the field at fault, in the caller’s language, and writes nothing', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const put = (payload: object, language = 'vi') =>
      app.inject({ method: 'PUT', url: URL_2021, headers: { cookie: cookies.analyst, 'accept-language': language }, payload });
    const badDue = await put(entry({ actions: [action, { ...action, due: '30/06/2026' }] }));
    expect(badDue.statusCode).toBe(400);
    expect(badDue.json().error.fields).toEqual({ 'actions.1.due': 'Ngày không hợp lệ (năm-tháng-ngày, vd. 2026-06-30).' });
    const noWho = await put(entry({ actions: [{ ...action, who: ' ' }] }), 'en');
    expect(noWho.json().error.fields).toEqual({ 'actions.0.who': 'Required.' });
    const empty = await put(entry({ analysis: '', actions: [] }), 'en');
    expect(empty.json().error.fields).toEqual({ analysis: 'Write an analysis or at least one action.' });
    const long = await put(entry({ analysis: 'x'.repeat(4001) }), 'en');
    expect(long.json().error.fields).toEqual({ analysis: 'Too long.' });
    const unit = await app.inject({ method: 'PUT', url: `${URL_2021}?unit=no-such-unit`, headers: { cookie: cookies.analyst }, payload: entry() });
    expect(unit.statusCode).toBe(400);
    expect(Object.keys(unit.json().error.fields)).toEqual(['unit']);
    const unknown = await app.inject({ method: 'PUT', url: '/api/indicators/no-such/commentary/2021', headers: { cookie: cookies.analyst }, payload: entry() });
    expect(unknown.statusCode).toBe(404);
    const state = (await app.inject({ url: `${URL_2021}/revisions`, headers: { cookie: cookies.analyst } })).json();
    expect(state).toMatchObject({ version: 0, draft: null, history: [] });
  });

  it('refuses a stale save with the current commentary, and a return keeps the published one', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    await app.inject({ method: 'PUT', url: URL_2021, headers: { cookie: cookies.analyst }, payload: entry() });
    const stale = await app.inject({ method: 'PUT', url: URL_2021, headers: { cookie: cookies.analyst2 }, payload: entry({ analysis: 'Ghi đè' }) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { fields: { version: expect.any(String) } }, current: { version: 1, draft: { createdBy: 'analyst' } } });
    const returned = await app.inject({
      method: 'POST',
      url: `${URL_2021}/return`,
      headers: { cookie: cookies.approver },
      payload: { version: 1, comment: 'Thiếu người chịu trách nhiệm' },
    });
    expect(returned.json()).toMatchObject({
      version: 2,
      draft: null,
      published: null,
      history: [{ state: 'returned', reviewComment: 'Thiếu người chịu trách nhiệm' }],
    });
    expect((await app.inject(URL_2021)).json().commentary).toBeNull();
  });

  it('serves readers the published commentary with an ETag until the next publication, then the new one', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const write = async (analysis: string, version: number) => {
      await app.inject({ method: 'PUT', url: URL_2021, headers: { cookie: cookies.analyst }, payload: entry({ analysis, version }) });
      await app.inject({ method: 'POST', url: `${URL_2021}/publish`, headers: { cookie: cookies.approver }, payload: { version: version + 1 } });
    };
    await write('Bản đầu.', 0);
    const first = await app.inject(URL_2021);
    expect(first.headers).toMatchObject({ etag: expect.stringMatching(/^".+"$/), 'cache-control': 'no-cache' });
    expect(first.json().commentary).toMatchObject({ analysis: 'Bản đầu.' });
    const again = await app.inject({ url: URL_2021, headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    // A draft is no publication: readers keep the published one.
    await app.inject({ method: 'PUT', url: URL_2021, headers: { cookie: cookies.analyst }, payload: entry({ analysis: 'Nháp.', version: 2 }) });
    expect((await app.inject({ url: URL_2021, headers: { 'if-none-match': first.headers.etag as string } })).statusCode).toBe(304);

    await app.inject({ method: 'POST', url: `${URL_2021}/publish`, headers: { cookie: cookies.approver }, payload: { version: 3 } });
    const after = await app.inject({ url: URL_2021, headers: { 'if-none-match': first.headers.etag as string } });
    expect(after.statusCode).toBe(200);
    expect(publishedCommentarySchema.parse(after.json()).commentary).toMatchObject({ analysis: 'Nháp.', actions: [action] });
    expect((await app.inject('/api/indicators/no-such/commentary/2021')).statusCode).toBe(404);
  });

  it('refuses strangers before reading the body, and readers when PUBLIC_READ is off', async () => {
    const { app } = await testApp();
    const res = await app.inject({ method: 'PUT', url: URL_2021, payload: 'not json', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(401);
    const closed = (await testApp({ auth: { publicRead: false } })).app;
    expect((await closed.inject(URL_2021)).statusCode).toBe(401);
    const { viewer } = await signInAll(closed);
    expect((await closed.inject({ url: URL_2021, headers: { cookie: viewer } })).statusCode).toBe(200);
  });
});
