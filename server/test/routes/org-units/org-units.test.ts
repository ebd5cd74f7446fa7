import { orgUnitListSchema, orgUnitSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const commune = { code: 'xa-thu', name: 'Xã Thử', kind: 'commune', parent: 'lang-son', validFrom: '2026-01-01' };

describe('organisation units', () => {
  it('lists the seeded province, communes, wards and former units to any reader', async () => {
    const { app } = await testApp();
    const { viewer } = await signInAll(app);
    const res = await app.inject({ url: '/api/org-units', headers: { cookie: viewer } });
    expect(res.statusCode).toBe(200);
    const { units } = orgUnitListSchema.parse(res.json());
    expect(units[0]).toMatchObject({ code: 'lang-son', kind: 'province', parent: null });
    expect(units.filter((u) => u.validFrom === '2025-07-01')).toHaveLength(65);
    expect(units.find((u) => u.code === 'mau-son')?.predecessors).toEqual(['loc-binh-mau-son', 'loc-binh-tu-mich', 'loc-binh-yen-khoai']);
  });

  it('lets an admin create, change and delete a unit, each step audited, with the version it loaded', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const created = await app.inject({ method: 'POST', url: '/api/org-units', headers: { cookie: admin }, payload: commune });
    expect(created.statusCode).toBe(201);
    expect(orgUnitSchema.parse(created.json())).toMatchObject({ code: 'xa-thu', nameChecked: false, predecessors: [], version: 1 });
    const changed = await app.inject({
      method: 'PATCH',
      url: '/api/org-units/xa-thu',
      headers: { cookie: admin },
      payload: { version: 1, name: 'Xã Thử Mới' },
    });
    expect(changed.json()).toMatchObject({ name: 'Xã Thử Mới', kind: 'commune', validFrom: '2026-01-01', version: 2 });
    const stale = await app.inject({ method: 'PATCH', url: '/api/org-units/xa-thu', headers: { cookie: admin }, payload: { version: 1, name: 'Cũ' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.fields).toEqual({ version: 'Someone changed it before you; reload.' });
    const deleted = await app.inject({ method: 'DELETE', url: '/api/org-units/xa-thu?version=2', headers: { cookie: admin } });
    expect(deleted.statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url: '/api/org-units/xa-thu?version=2', headers: { cookie: admin } })).statusCode).toBe(404);
    const audit = (await app.inject({ url: '/api/audit?user=admin', headers: { cookie: admin } })).json().entries as { action: string }[];
    expect(audit.map((e) => e.action).filter((a) => a.startsWith('org-unit'))).toEqual(['org-unit.delete', 'org-unit.update', 'org-unit.create']);
  });

  it('names each bad field, in the caller’s language', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/org-units',
      headers: { cookie: admin, 'accept-language': 'vi' },
      payload: { code: 'Xã Thử', name: '', kind: 'village', validFrom: '2026-13-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['code', 'kind', 'name', 'validFrom']);
    expect(res.json().error.fields.code).toMatch(/chữ thường không dấu/);
    const reversed = await app.inject({ method: 'POST', url: '/api/org-units', headers: { cookie: admin }, payload: { ...commune, validTo: '2025-12-31' } });
    expect(reversed.statusCode).toBe(400);
    expect(Object.keys(reversed.json().error.fields)).toEqual(['validTo']);
  });

  it('refuses a taken code, an unknown parent, a loop, and deleting a unit others refer to', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const post = (payload: object) => app.inject({ method: 'POST', url: '/api/org-units', headers: { cookie: admin }, payload });
    const taken = await post({ ...commune, code: 'tam-thanh' });
    expect([taken.statusCode, taken.json().error.fields]).toEqual([409, { code: 'A unit with this code exists.' }]);
    const orphan = await post({ ...commune, parent: 'huyen-khong-co' });
    expect([orphan.statusCode, orphan.json().error.fields]).toEqual([400, { parent: 'No such administrative unit.' }]);
    const loop = await app.inject({ method: 'PATCH', url: '/api/org-units/lang-son', headers: { cookie: admin }, payload: { version: 1, parent: 'ky-lua' } });
    expect([loop.statusCode, Object.keys(loop.json().error.fields)]).toEqual([400, ['parent']]);
    const inUse = await app.inject({ method: 'DELETE', url: '/api/org-units/huyen-loc-binh?version=1', headers: { cookie: admin } });
    expect([inUse.statusCode, Object.keys(inUse.json().error.fields)]).toEqual([409, ['code']]);
    const { units } = orgUnitListSchema.parse((await app.inject({ url: '/api/org-units', headers: { cookie: admin } })).json());
    expect(units.find((u) => u.code === 'lang-son')?.parent).toBeNull();
    expect(units.some((u) => u.code === 'huyen-loc-binh')).toBe(true);
  });
});
