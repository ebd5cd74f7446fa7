import { PROVINCE_UNIT } from '@kpi/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit.js';
import { closeDb, openDb, type Db } from '../src/open-db.js';
import { createOrgUnit, deleteOrgUnit, findOrgUnit, listOrgUnits, updateOrgUnit } from '../src/org-units.js';
import { DEFAULT_ORG_UNIT, observations, indicators } from '../src/schema.js';
import { seedDatabase } from '../src/seed/index.js';
import { seedOrgUnitBodies, seedOrgUnits, unitSlug } from '../src/seed/org-units.js';

let db: Db;
afterEach(() => closeDb(db));

const blank = { parent: 'lang-son', validFrom: null, validTo: null, nameChecked: false, predecessors: [], note: null };

describe('the seeded units', () => {
  it('are the province, 61 communes and 4 wards from 1/7/2025, 11 former district-level units and the former units two communes were made of', () => {
    db = openDb(':memory:');
    seedDatabase(db);
    const units = listOrgUnits(db);
    const current = units.filter((u) => u.validFrom === '2025-07-01');
    expect(current.filter((u) => u.kind === 'commune')).toHaveLength(61);
    expect(current.filter((u) => u.kind === 'ward').map((u) => u.name)).toEqual(['Tam Thanh', 'Lương Văn Tri', 'Kỳ Lừa', 'Đông Kinh']);
    expect(current.every((u) => u.parent === 'lang-son' && u.validTo === null)).toBe(true);
    expect(units.filter((u) => u.kind === 'district' || u.kind === 'city')).toHaveLength(11);
    expect(units.filter((u) => u.validTo === '2025-06-30' && (u.kind === 'district' || u.kind === 'city')).every((u) => u.parent === 'lang-son')).toBe(true);
    expect(findOrgUnit(db, 'lang-son')).toMatchObject({ kind: 'province', parent: null, nameChecked: true });
    expect(findOrgUnit(db, 'loc-binh')?.predecessors).toEqual(['loc-binh-dong-buc', 'loc-binh-huu-khanh', 'loc-binh-khanh-xuan', 'loc-binh-thi-tran-loc-binh']);
    expect(findOrgUnit(db, 'loc-binh-thi-tran-loc-binh')).toMatchObject({ kind: 'town', parent: 'huyen-loc-binh', validTo: '2025-06-30' });
    // Names restored by hand from a text without diacritics say so; those a text confirms do not.
    expect(findOrgUnit(db, 'dong-dang')).toMatchObject({ name: 'Đồng Đăng', nameChecked: false });
    expect(findOrgUnit(db, 'dong-dang')?.note).toMatch(/chưa đối chiếu/);
    expect(findOrgUnit(db, 'mau-son')).toMatchObject({ nameChecked: true });
  });

  it('include the province under the code figures name when they name no unit', () => {
    expect(DEFAULT_ORG_UNIT).toBe(PROVINCE_UNIT);
    expect(seedOrgUnitBodies()[0]).toMatchObject({ code: PROVINCE_UNIT, kind: 'province' });
  });

  it('have codes that are unique and made from their names', () => {
    const bodies = seedOrgUnitBodies();
    expect(new Set(bodies.map((b) => b.code)).size).toBe(bodies.length);
    expect(unitSlug('Đồng Đăng')).toBe('dong-dang');
    expect(unitSlug('Lương Văn Tri')).toBe('luong-van-tri');
  });

  it('are created once: a second start, or a database that already has units, adds none', () => {
    db = openDb(':memory:');
    seedDatabase(db);
    const count = listOrgUnits(db).length;
    expect(seedOrgUnits(db)).toBe(0);
    seedDatabase(db);
    expect(listOrgUnits(db)).toHaveLength(count);
  });
});

describe('writing units', () => {
  it('creates, changes and deletes a unit with audit entries, and refuses a stale version', () => {
    db = openDb(':memory:');
    seedOrgUnits(db);
    const created = createOrgUnit(db, { ...blank, code: 'thon-moi', name: 'Thôn Mới', kind: 'commune' }, 'admin');
    expect(created).toMatchObject({ ok: true, unit: { code: 'thon-moi', version: 1 } });
    expect(createOrgUnit(db, { ...blank, code: 'thon-moi', name: 'Khác', kind: 'commune' }, 'admin')).toMatchObject({
      ok: false,
      status: 409,
      field: 'code',
      reason: 'org-unit-taken',
    });
    expect(updateOrgUnit(db, 'thon-moi', { name: 'Thôn Mới 2', version: 1 }, 'admin')).toMatchObject({ ok: true, unit: { name: 'Thôn Mới 2', version: 2 } });
    expect(updateOrgUnit(db, 'thon-moi', { name: 'Lỗi thời', version: 1 }, 'admin')).toMatchObject({ ok: false, status: 409, field: 'version' });
    expect(findOrgUnit(db, 'thon-moi')?.name).toBe('Thôn Mới 2');
    expect(deleteOrgUnit(db, 'thon-moi', 2, 'admin')).toEqual({ ok: true });
    expect(findOrgUnit(db, 'thon-moi')).toBeUndefined();
    const actions = listAudit(db, { entityKey: 'thon-moi' }).map((e) => e.action);
    expect(actions.sort()).toEqual(['org-unit.create', 'org-unit.delete', 'org-unit.update']);
  });

  it('refuses an unknown parent or predecessor, and a parent that would make a loop', () => {
    db = openDb(':memory:');
    seedOrgUnits(db);
    expect(createOrgUnit(db, { ...blank, code: 'x', name: 'X', kind: 'commune', parent: 'nowhere' }, 'admin')).toMatchObject({
      ok: false,
      field: 'parent',
      reason: 'unknown-org-unit',
    });
    expect(createOrgUnit(db, { ...blank, code: 'x', name: 'X', kind: 'commune', predecessors: ['nowhere'] }, 'admin')).toMatchObject({
      ok: false,
      field: 'predecessors',
      reason: 'unknown-org-unit',
    });
    // The province under one of its own communes: a loop.
    const province = findOrgUnit(db, 'lang-son')!;
    expect(updateOrgUnit(db, 'lang-son', { parent: 'tam-thanh', version: province.version }, 'admin')).toMatchObject({
      ok: false,
      field: 'parent',
      reason: 'org-unit-cycle',
    });
    expect(updateOrgUnit(db, 'tam-thanh', { parent: 'tam-thanh', version: 1 }, 'admin')).toMatchObject({
      ok: false,
      field: 'parent',
      reason: 'org-unit-cycle',
    });
    expect(findOrgUnit(db, 'lang-son')?.parent).toBeNull();
  });

  it('refuses to delete a unit that has figures, units under it or a successor', () => {
    db = openDb(':memory:');
    seedDatabase(db);
    const { id: indicatorId } = db.select({ id: indicators.id }).from(indicators).limit(1).get()!;
    db.insert(observations).values({ indicatorId, period: 2025, orgUnit: 'tam-thanh' }).run();
    expect(deleteOrgUnit(db, 'tam-thanh', 1, 'admin')).toMatchObject({ ok: false, status: 409, reason: 'org-unit-in-use' });
    expect(deleteOrgUnit(db, 'huyen-loc-binh', 1, 'admin')).toMatchObject({ ok: false, reason: 'org-unit-in-use' });
    expect(deleteOrgUnit(db, 'loc-binh-khanh-xuan', 1, 'admin')).toMatchObject({ ok: false, reason: 'org-unit-in-use' });
    expect(findOrgUnit(db, 'tam-thanh')).toBeDefined();
  });
});
