import { catalogueSchema, dashboardSchema, sourceListSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { testApp } from '../../support/app.js';
import { multipartFile } from '../../support/import-app.js';
import { signInAll, type Account } from '../../support/users.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1000, 0x20), Buffer.from('\n%%EOF')]);
const OTHER_PDF = Buffer.from('%PDF-1.4\nanother scan\n%%EOF');
const FIGURE_URL = '/api/indicators/eid-authentication-rate/observations/2020';

async function setup() {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const as = (who: Account | 'anonymous') => (who === 'anonymous' ? {} : { cookie: cookies[who] });
  const upload = (who: Account, id: number, content = PDF, name = 'Báo cáo 25.pdf') => {
    const body = multipartFile(name, content, 'application/pdf');
    return app.inject({ method: 'POST', url: `/api/sources/${id}/file`, ...body, headers: { ...body.headers, ...as(who) } });
  };
  const listed = async (who: Account | 'anonymous', query = '') =>
    sourceListSchema.parse((await app.inject({ url: `/api/sources${query}`, headers: as(who) })).json()).sources;
  return { app, cookies, as, upload, listed };
}

/** A new source and a pending draft by `analyst` citing it: what only drafts cite. */
async function draftOnlySource(app: App, cookies: Record<Account, string>) {
  const source = await app.inject({
    method: 'POST',
    url: '/api/sources',
    headers: { cookie: cookies.analyst },
    payload: { number: '25/BC-STTTT', title: 'Báo cáo kết quả xác thực định danh điện tử năm 2020', kind: 'report' },
  });
  const id = source.json().id as number;
  const current = (await app.inject({ url: FIGURE_URL, headers: { cookie: cookies.analyst } })).json().version as number;
  const draft = await app.inject({
    method: 'PUT',
    url: FIGURE_URL,
    headers: { cookie: cookies.analyst },
    payload: { kind: 'value', value: 5, version: current, sourceId: id },
  });
  expect(draft.statusCode).toBe(200);
  const publish = async () => {
    const res = await app.inject({
      method: 'POST',
      url: `${FIGURE_URL}/publish`,
      headers: { cookie: cookies.approver },
      payload: { version: draft.json().observation.version },
    });
    expect(res.statusCode).toBe(200);
  };
  return { id, publish };
}

describe('source documents', () => {
  it('stores a scanned PDF with its checksum and serves it back as stored', async () => {
    const { app, cookies, upload, listed } = await setup();
    const { id } = await draftOnlySource(app, cookies);
    const res = await upload('analyst', id);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Báo cáo 25.pdf', mediaType: 'application/pdf', size: PDF.length });
    expect((await listed('analyst', '?include=drafts')).find((s) => s.id === id)?.file).toMatchObject({ sha256: res.json().sha256 });
    const file = await app.inject({ url: `/api/sources/${id}/file`, headers: { cookie: cookies.analyst } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A1o");
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const audit = (await app.inject({ url: '/api/audit', headers: { cookie: cookies.admin } })).json().entries;
    expect(audit[0]).toMatchObject({ action: 'source.attach-file', entityKey: String(id) });
  });

  it('refuses a file that is not a PDF or image whatever its name, and an oversized one', async () => {
    const { app, cookies, upload } = await setup();
    const { id } = await draftOnlySource(app, cookies);
    const exe = multipartFile('scan.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    const bad = await app.inject({ method: 'POST', url: `/api/sources/${id}/file`, ...exe, headers: { ...exe.headers, cookie: cookies.analyst } });
    expect(bad.statusCode).toBe(415);
    const tooBig = await upload('analyst', id, Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024 + 1)]));
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.fields).toHaveProperty('file');
    const json = await app.inject({ method: 'POST', url: `/api/sources/${id}/file`, payload: { a: 1 }, headers: { cookie: cookies.analyst } });
    expect(json.statusCode).toBe(415);
    expect((await app.inject({ url: `/api/sources/${id}/file`, headers: { cookie: cookies.analyst } })).statusCode).toBe(404);
  });

  it('needs an analyst to upload, and a known source', async () => {
    const { app, upload } = await setup();
    const body = multipartFile('a.pdf', PDF);
    expect((await app.inject({ method: 'POST', url: '/api/sources/3/file', ...body })).statusCode).toBe(401);
    expect((await upload('viewer', 3)).statusCode).toBe(403);
    expect((await upload('analyst', 999)).statusCode).toBe(404);
  });
});

describe('evidence stays evidence', () => {
  it('lets the document be replaced while only a draft cites the source, and refuses with 409 once it is published', async () => {
    const { app, cookies, upload } = await setup();
    const { id, publish } = await draftOnlySource(app, cookies);
    expect((await upload('analyst', id)).statusCode).toBe(201);
    expect((await upload('analyst', id, OTHER_PDF, 'ban-quet-lai.pdf')).statusCode).toBe(201);
    await publish();
    const refused = await upload('analyst', id, PDF);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'source-cited',
      message: expect.stringContaining('add a new source with the document and cite it in a correction'),
    });
    expect((await app.inject({ url: `/api/sources/${id}/file` })).rawPayload.equals(OTHER_PDF)).toBe(true);
    const actions = (await app.inject({ url: '/api/audit', headers: { cookie: cookies.admin } })).json().entries.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a.startsWith('source.'))).toEqual(['source.replace-file', 'source.attach-file', 'source.create']);
  });

  it('refuses a first document too for a source published figures or targets cite, in the caller’s language', async () => {
    const { app, cookies, upload } = await setup();
    // Source 2 is cited by the seed's published figures.
    const body = multipartFile('a.pdf', PDF);
    const vi = await app.inject({
      method: 'POST',
      url: '/api/sources/2/file',
      ...body,
      headers: { ...body.headers, cookie: cookies.analyst, 'accept-language': 'vi' },
    });
    expect(vi.statusCode).toBe(409);
    expect(vi.json().error.fields).toEqual({ id: expect.stringContaining('Hãy thêm văn bản nguồn mới') });
    // Source 3 is named by the report but cited by nothing: an approver's target makes it evidence.
    const target = await app.inject({
      method: 'PUT',
      url: '/api/indicators/ecommerce-retail-share/targets/2040',
      headers: { cookie: cookies.approver },
      payload: { revision: 0, value: 12, comparator: 'gte', sourceId: 3 },
    });
    expect(target.statusCode).toBe(200);
    expect((await upload('analyst', 3)).json().error.code).toBe('source-cited');
    expect((await app.inject({ url: '/api/sources/3/file' })).statusCode).toBe(404);
  });
});

describe('what only drafts cite is not public', () => {
  it('lists a draft-only source and serves its document to analysts only, and to everyone once published', async () => {
    const { app, cookies, as, upload, listed } = await setup();
    const { id, publish } = await draftOnlySource(app, cookies);
    expect((await upload('analyst', id)).statusCode).toBe(201);
    const file = (who: Account | 'anonymous') => app.inject({ url: `/api/sources/${id}/file`, headers: as(who) });
    const noFile = (await app.inject({ url: '/api/sources/1/file' })).json();

    for (const who of ['anonymous', 'viewer'] as const) {
      expect((await listed(who)).map((s) => s.id)).not.toContain(id);
      expect((await listed(who, '?include=drafts')).map((s) => s.id)).not.toContain(id);
      const hidden = await file(who);
      expect(hidden.statusCode).toBe(404);
      // Told no more than for a source without a file.
      expect(hidden.json().error.code).toBe(noFile.error.code);
    }
    // The plain list is the public one for everyone; analysts ask for drafts.
    expect((await listed('analyst')).map((s) => s.id)).not.toContain(id);
    expect((await listed('analyst', '?include=drafts')).find((s) => s.id === id)).toMatchObject({ cited: false, file: { size: PDF.length } });
    for (const who of ['analyst', 'approver', 'admin'] as const) expect((await file(who)).statusCode).toBe(200);

    await publish();
    for (const who of ['anonymous', 'viewer'] as const) {
      expect((await listed(who)).find((s) => s.id === id)).toMatchObject({ cited: true });
      expect((await file(who)).rawPayload.equals(PDF)).toBe(true);
    }
  });

  it('keeps draft-only documents out of the public catalogue; the analysts’ catalogue matches their draft dashboard', async () => {
    const { app, cookies, as } = await setup();
    const { id } = await draftOnlySource(app, cookies);
    const catalogue = async (who: Account | 'anonymous', query = '') =>
      catalogueSchema.parse((await app.inject({ url: `/api/catalogue${query}`, headers: as(who) })).json());
    expect((await catalogue('anonymous', '?include=drafts')).sources.map((s) => s.id)).not.toContain(id);
    expect((await catalogue('analyst')).sources.map((s) => s.id)).not.toContain(id);
    const analysts = await catalogue('analyst', '?include=drafts');
    expect(analysts.sources.map((s) => s.id)).toContain(id);
    const dashboard = dashboardSchema.parse((await app.inject({ url: '/api/dashboard?year=2020&include=drafts', headers: as('analyst') })).json());
    expect(dashboard.catalogueVersion).toBe(analysts.version);
    expect(dashboard.cards.find((c) => c.code === 'eid-authentication-rate')?.figure?.sourceId).toBe(id);
  });

  it('marks answers that depend on who asks as private, so no shared cache keeps one for everyone', async () => {
    const { app, cookies, as, upload } = await setup();
    const { id, publish } = await draftOnlySource(app, cookies);
    await upload('analyst', id);
    const get = (url: string, who: Account | 'anonymous' = 'anonymous') => app.inject({ url, headers: as(who) });
    for (const url of ['/api/sources', '/api/catalogue', '/api/dashboard', '/api/indicators/eid-authentication-rate']) {
      expect((await get(url)).headers['cache-control'], url).toBe('no-cache');
      const drafts = await get(`${url}?include=drafts`, 'analyst');
      expect(drafts.headers['cache-control'], url).toBe('private, no-cache');
      expect(drafts.headers.vary, url).toContain('cookie');
    }
    const [published, analysts] = [await get('/api/sources?include=drafts'), await get('/api/sources?include=drafts', 'analyst')];
    expect(published.headers.etag).not.toBe(analysts.headers.etag);
    // The draft-only document may still be replaced: revalidated each time. A cited one cannot change.
    expect((await get(`/api/sources/${id}/file`, 'analyst')).headers['cache-control']).toBe('private, no-cache');
    await publish();
    expect((await get(`/api/sources/${id}/file`)).headers['cache-control']).toBe('private, max-age=3600');
  });
});
