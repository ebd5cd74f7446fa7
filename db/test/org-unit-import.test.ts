import type { OrgUnitFileColumn, OrgUnitFileRow } from '@kpi/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit.js';
import { closeDb, openDb, type Db } from '../src/open-db.js';
import { importOrgUnits } from '../src/org-unit-import.js';
import { findOrgUnit, listOrgUnits } from '../src/org-units.js';
import { seedDatabase } from '../src/seed/index.js';

let db: Db;
afterEach(() => closeDb(db));

const COLUMNS: OrgUnitFileColumn[] = ['code', 'name', 'kind', 'parent', 'valid_from', 'predecessors'];
const rows = (...cells: string[][]): OrgUnitFileRow[] =>
  cells.map((c, i) => ({ row: i + 2, cells: Object.fromEntries(COLUMNS.map((col, j) => [col, c[j] ?? ''])) }));
const options = { actor: 'admin', locale: 'vi' as const, sha256: 'abc' };

describe('importOrgUnits', () => {
  it('writes new and changed units in one go, a new unit under a parent the same file adds, each audited', () => {
    db = openDb(':memory:');
    seedDatabase(db);
    const file = {
      columns: COLUMNS,
      rows: rows(
        ['xa-con', 'Con', 'Xã', 'Cụm Mới', '2026-01-01', 'Tân Tiến'],
        ['cum-moi', 'Cụm Mới', 'district', 'lang-son', '2026-01-01', ''],
        ['tan-doan', 'Tân Đoàn Mới', 'commune', 'lang-son', '2025-07-01', ''],
      ),
    };
    const dry = importOrgUnits(db, file, { ...options, apply: false });
    expect(dry.counts).toMatchObject({ new: 2, changed: 1, refused: 0 });
    expect(findOrgUnit(db, 'xa-con')).toBeUndefined();

    const run = importOrgUnits(db, file, { ...options, apply: true, basis: dry.basis });
    expect(run).toMatchObject({ applied: true, stale: false });
    expect(findOrgUnit(db, 'xa-con')).toMatchObject({ parent: 'cum-moi', kind: 'commune', predecessors: ['tan-tien'], version: 1 });
    expect(findOrgUnit(db, 'tan-doan')).toMatchObject({ name: 'Tân Đoàn Mới', version: 2 });
    expect(listAudit(db, {}).map((e) => [e.action, e.entityKey])).toEqual(
      expect.arrayContaining([
        ['org-unit.create', 'xa-con'],
        ['org-unit.create', 'cum-moi'],
        ['org-unit.update', 'tan-doan'],
        ['org-unit.import', 'file'],
      ]),
    );
    // The same file again changes nothing; a basis from before the write is stale.
    expect(importOrgUnits(db, file, { ...options, apply: false }).counts).toMatchObject({ unchanged: 3, new: 0, changed: 0 });
    expect(importOrgUnits(db, file, { ...options, apply: true, basis: dry.basis })).toMatchObject({ applied: false, stale: true });
  });

  it('writes nothing when one row is refused', () => {
    db = openDb(':memory:');
    seedDatabase(db);
    const before = listOrgUnits(db);
    const auditBefore = listAudit(db, {}).length;
    const run = importOrgUnits(
      db,
      { columns: COLUMNS, rows: rows(['xa-tot', 'Tốt', 'commune', 'lang-son', '', ''], ['xa-xau', 'Xấu', 'commune', 'không có', '', '']) },
      { ...options, apply: true },
    );
    expect(run).toMatchObject({ applied: false, counts: { new: 1, refused: 1 } });
    expect(listOrgUnits(db)).toEqual(before);
    expect(listAudit(db, {})).toHaveLength(auditBefore);
  });
});
