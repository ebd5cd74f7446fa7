import { catalogueSchema, indicatorGroupEntrySchema, indicatorGroupListSchema } from '@kpi/shared';
import { newDefinition, testGroups } from '@kpi/shared/testing';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const security = { code: 'cyber-security', name: { vi: 'An toàn thông tin', en: 'Cyber security' } };

describe('indicator groups', () => {
  it('lists the seeded groups in order, with both names, to any reader', async () => {
    const { app } = await testApp();
    const res = await app.inject({ url: '/api/indicator-groups' });
    expect(res.statusCode).toBe(200);
    expect(indicatorGroupListSchema.parse(res.json()).groups).toEqual(testGroups);
  });

  it('lets an admin add a group and change its names and order, audited, and the catalogue follows at once', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const created = await app.inject({ method: 'POST', url: '/api/indicator-groups', headers: { cookie: admin }, payload: security });
    expect(created.statusCode).toBe(201);
    expect(indicatorGroupEntrySchema.parse(created.json())).toEqual({ ...security, order: 70, version: 1 });

    const change = { name: { vi: 'An toàn, an ninh mạng', en: 'Cyber security' }, order: 0, version: 1 };
    const changed = await app.inject({ method: 'PUT', url: '/api/indicator-groups/cyber-security', headers: { cookie: admin }, payload: change });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ order: 0, version: 2 });

    const catalogue = catalogueSchema.parse((await app.inject('/api/catalogue')).json());
    expect(catalogue.groups[0]).toMatchObject({ code: 'cyber-security', name: { vi: 'An toàn, an ninh mạng' } });
    const audit = (await app.inject({ url: '/api/audit?user=admin', headers: { cookie: admin } })).json().entries as { action: string }[];
    expect(audit.map((e) => e.action).filter((a) => a.startsWith('indicator-group'))).toEqual(['indicator-group.update', 'indicator-group.create']);
  });

  it('answers a stale version with 409 and the group as it is now', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const change = { name: { vi: 'Báo chí', en: 'Press' }, order: 60, version: 1 };
    await app.inject({ method: 'PUT', url: '/api/indicator-groups/press', headers: { cookie: admin }, payload: change });
    const stale = await app.inject({ method: 'PUT', url: '/api/indicator-groups/press', headers: { cookie: admin }, payload: change });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { fields: { version: 'Someone changed it before you; reload.' } }, current: { version: 2 } });
    const unknown = await app.inject({ method: 'PUT', url: '/api/indicator-groups/no-such', headers: { cookie: admin }, payload: change });
    expect(unknown.statusCode).toBe(404);
  });

  it('names each bad field, in the caller’s language, and writes nothing', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const post = (payload: object, language = 'vi') =>
      app.inject({ method: 'POST', url: '/api/indicator-groups', headers: { cookie: admin, 'accept-language': language }, payload });

    const missing = await post({ code: 'cyber-security', name: { vi: 'An toàn thông tin' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual({ 'name.en': 'Bắt buộc nhập.' });

    const malformed = await post({ ...security, code: 'An Toàn' }, 'en');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields.code).toMatch(/lower-case letters/);

    const taken = await post({ ...security, code: 'telecoms' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toEqual({ code: 'Đã có nhóm chỉ tiêu mang mã này.' });

    const badOrder = await app.inject({
      method: 'PUT',
      url: '/api/indicator-groups/press',
      headers: { cookie: admin },
      payload: { name: { vi: '', en: 'Press' }, order: -1, version: 1 },
    });
    expect(badOrder.statusCode).toBe(400);
    expect(Object.keys(badOrder.json().error.fields).sort()).toEqual(['name.vi', 'order']);

    const list = indicatorGroupListSchema.parse((await app.inject('/api/indicator-groups')).json()).groups;
    expect(list).toEqual(testGroups);
  });

  it('refuses a definition naming a group that does not exist, naming the field', async () => {
    const { app } = await testApp();
    const { approver } = await signInAll(app);
    const res = await app.inject({
      method: 'PUT',
      url: '/api/indicator-definitions/cyber-incidents',
      headers: { cookie: approver, 'accept-language': 'vi' },
      payload: { version: 0, definition: newDefinition({ code: 'cyber-incidents', group: 'cyber-security' }) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'definition.group': 'Không có nhóm chỉ tiêu này.' });
  });

  it('is documented in OpenAPI', async () => {
    const { app } = await testApp();
    const doc = (await app.inject('/docs/json')).json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/indicator-groups'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/indicator-groups/{code}'] ?? {})).toEqual(['put']);
  });
});
