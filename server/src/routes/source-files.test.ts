import { sourceListSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../test-support/app.js';
import { multipartFile } from '../test-support/import-app.js';
import { signInAll } from '../test-support/users.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1000, 0x20), Buffer.from('\n%%EOF')]);

describe('source documents', () => {
  it('stores a scanned PDF with its checksum and serves it back as stored', async () => {
    const { app } = await testApp();
    const { analyst, admin } = await signInAll(app);
    const body = multipartFile('Nghị quyết 17.pdf', PDF, 'application/pdf');
    const res = await app.inject({ method: 'POST', url: '/api/sources/2/file', ...body, headers: { ...body.headers, cookie: analyst } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Nghị quyết 17.pdf', mediaType: 'application/pdf', size: PDF.length });
    const { sources } = sourceListSchema.parse((await app.inject('/api/sources')).json());
    expect(sources.find((s) => s.id === 2)?.file).toMatchObject({ sha256: res.json().sha256 });
    const file = await app.inject('/api/sources/2/file');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''Ngh%E1%BB%8B");
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const audit = (await app.inject({ url: '/api/audit', headers: { cookie: admin } })).json().entries;
    expect(audit[0]).toMatchObject({ action: 'source.attach-file', entityKey: '2' });
  });

  it('refuses a file that is not a PDF or image whatever its name, and an oversized one', async () => {
    const { app } = await testApp();
    const { analyst } = await signInAll(app);
    const exe = multipartFile('scan.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    const bad = await app.inject({ method: 'POST', url: '/api/sources/2/file', ...exe, headers: { ...exe.headers, cookie: analyst } });
    expect(bad.statusCode).toBe(415);
    const big = multipartFile('big.pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024 + 1)]));
    const tooBig = await app.inject({ method: 'POST', url: '/api/sources/2/file', ...big, headers: { ...big.headers, cookie: analyst } });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.fields).toHaveProperty('file');
    const json = await app.inject({ method: 'POST', url: '/api/sources/2/file', payload: { a: 1 }, headers: { cookie: analyst } });
    expect(json.statusCode).toBe(415);
    expect((await app.inject('/api/sources/2/file')).statusCode).toBe(404);
  });

  it('needs an analyst to upload, and a known source', async () => {
    const { app } = await testApp();
    const { viewer, analyst } = await signInAll(app);
    const body = multipartFile('a.pdf', PDF);
    expect((await app.inject({ method: 'POST', url: '/api/sources/2/file', ...body })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/sources/2/file', ...body, headers: { ...body.headers, cookie: viewer } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/sources/999/file', ...body, headers: { ...body.headers, cookie: analyst } })).statusCode).toBe(404);
  });
});
