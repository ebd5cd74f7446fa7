import { describe, expect, it } from 'vitest';
import { planOrgUnitImport, readOrgUnitKind, readYesNo, type OrgUnit, type OrgUnitFileColumn, type OrgUnitFileRow } from '../src/index.js';

const unit = (
  code: string,
  name: string,
  kind: OrgUnit['kind'],
  parent: string | null,
  validFrom: string | null,
  validTo: string | null,
  more: Partial<OrgUnit> = {},
): OrgUnit => ({
  code,
  name,
  kind,
  parent,
  validFrom,
  validTo,
  nameChecked: false,
  predecessors: [],
  note: null,
  version: 1,
  ...more,
});
const EXISTING = [
  unit('lang-son', 'Lạng Sơn', 'province', null, null, null, { nameChecked: true }),
  unit('huyen-loc-binh', 'Lộc Bình', 'district', 'lang-son', null, '2025-06-30'),
  unit('loc-binh-mau-son', 'Mẫu Sơn', 'commune', 'huyen-loc-binh', null, '2025-06-30'),
  unit('loc-binh-tu-mich', 'Tú Mịch', 'commune', 'huyen-loc-binh', null, '2025-06-30'),
  unit('mau-son', 'Mẫu Sơn', 'commune', 'lang-son', '2025-07-01', null, { predecessors: ['loc-binh-mau-son', 'loc-binh-tu-mich'] }),
  unit('tan-doan', 'Tân Đoàn', 'commune', 'lang-son', '2025-07-01', null),
  unit('tan-tien', 'Tân Tiến', 'commune', 'lang-son', '2025-07-01', null),
];
const ALL: OrgUnitFileColumn[] = ['code', 'name', 'kind', 'parent', 'valid_from', 'valid_to', 'predecessors', 'name_checked', 'note'];

/** Rows of cells in the order of `columns`, numbered from row 3 as under the app's two header rows. */
function file(columns: OrgUnitFileColumn[], ...rows: string[][]): { columns: OrgUnitFileColumn[]; rows: OrgUnitFileRow[] } {
  return { columns, rows: rows.map((cells, i) => ({ row: i + 3, cells: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])) })) };
}
/** A unit's row as the export writes it. */
const asRow = (u: OrgUnit) => [
  u.code,
  u.name,
  u.kind,
  u.parent ?? '',
  u.validFrom ?? '',
  u.validTo ?? '',
  u.predecessors.join('; '),
  u.nameChecked ? 'có' : 'không',
  u.note ?? '',
];

describe('planOrgUnitImport', () => {
  it('finds nothing to change in the units as they are', () => {
    const plan = planOrgUnitImport(file(ALL, ...EXISTING.map(asRow)), EXISTING, 'vi');
    expect(plan.counts).toEqual({ total: 7, new: 0, changed: 0, unchanged: 7, refused: 0 });
    expect(plan.writes).toEqual([]);
  });

  it('lists a new unit and a change field by field, in the admin’s language, linking by name', () => {
    const plan = planOrgUnitImport(
      file(
        ALL,
        ['tan-doan', 'Tân Đoàn', 'Xã', 'Tỉnh Lạng Sơn', '01/07/2025', '', '', 'có', 'Đã đối chiếu'],
        ['xa-moi', 'Xã Mới', 'commune', 'lang-son', '2026-01-01', '', 'tan tien', 'không', ''],
      ),
      EXISTING,
      'en',
    );
    expect(plan.rows.map((r) => [r.code, r.status])).toEqual([
      ['tan-doan', 'changed'],
      ['xa-moi', 'new'],
    ]);
    expect(plan.rows[0]!.changes).toEqual([
      { column: 'name_checked', before: 'no', after: 'yes' },
      { column: 'note', before: null, after: 'Đã đối chiếu' },
    ]);
    expect(plan.writes.map((w) => w.unit)).toEqual([
      expect.objectContaining({ code: 'tan-doan', nameChecked: true, note: 'Đã đối chiếu', parent: 'lang-son' }),
      {
        code: 'xa-moi',
        name: 'Xã Mới',
        kind: 'commune',
        parent: 'lang-son',
        validFrom: '2026-01-01',
        validTo: null,
        nameChecked: false,
        predecessors: ['tan-tien'],
        note: null,
      },
    ]);
  });

  it('takes the former unit a name means: the one standing the year before the new unit began', () => {
    const plan = planOrgUnitImport(file(ALL, ['mau-son', 'Mẫu Sơn', 'Xã', 'lang-son', '2025-07-01', '', 'Mẫu Sơn; Xã Tú Mịch', 'không', '']), EXISTING, 'vi');
    expect(plan.rows[0]).toMatchObject({ status: 'unchanged', problems: [] });
  });

  it('refuses each bad row naming the column and why, with the candidates for a unit it cannot find', () => {
    const plan = planOrgUnitImport(
      file(
        ALL,
        ['Xa Moi', 'Mới', 'commune', 'lang-son', '', '', '', '', ''],
        ['xa-a', 'A', 'làng', 'lang-son', '', '', '', '', ''],
        ['xa-b', 'B', 'commune', 'Tân Điền', '2026-02-01', '2026-01-01', '', 'chắc', ''],
        ['xa-b', 'B', 'commune', 'lang-son', '', '', 'Mẫu Sơn', '', ''],
        ['xa-c', 'C', 'commune', 'lang-son', '31/02/2026', '', 'xa-c', '', ''],
      ),
      EXISTING,
      'vi',
    );
    expect(plan.counts).toMatchObject({ total: 5, refused: 5, new: 0 });
    expect(plan.rows.map((r) => Object.fromEntries(r.problems.map((p) => [p.column, p.message])))).toEqual([
      { code: 'Mã đơn vị: chữ thường không dấu, số và gạch ngang, ví dụ tam-thanh.' },
      { kind: '“làng” không phải loại đơn vị; hãy ghi một trong: Tỉnh, Thành phố, Huyện, Phường, Xã, Thị trấn.' },
      {
        parent: expect.stringMatching(/^Không có đơn vị hành chính “Tân Điền”; gần nhất: Xã Tân Tiến \(tan-tien\); Xã Tân Đoàn \(tan-doan\)/),
        valid_to: 'Ngày kết thúc không được trước ngày bắt đầu.',
        name_checked: '“chắc” không phải “có” hoặc “không”.',
      },
      {
        code: 'Mã “xa-b” đã có ở dòng 5: mỗi đơn vị chỉ một dòng.',
        predecessors:
          '“Mẫu Sơn” có thể là Xã Mẫu Sơn (loc-binh-mau-son); Xã Mẫu Sơn (mau-son): hãy ghi mã đơn vị, hoặc thêm loại đơn vị trước tên (xã, phường…).',
      },
      { valid_from: '“31/02/2026” không có trên lịch.', predecessors: 'Đơn vị không thể hợp thành từ chính nó.' },
    ]);
    expect(plan.writes).toEqual([]);
  });

  it('refuses a loop in the tree, even one the file makes across two rows', () => {
    const plan = planOrgUnitImport(
      file(
        ['code', 'name', 'kind', 'parent'],
        ['xa-x', 'X', 'commune', 'xa-y'],
        ['xa-y', 'Y', 'commune', 'xa-x'],
        ['tan-tien', 'Tân Tiến', 'commune', 'tan-tien'],
      ),
      EXISTING,
      'en',
    );
    expect(plan.rows.map((r) => r.problems)).toEqual([
      [{ column: 'parent', message: 'A unit cannot belong to itself or to one of its own units.' }],
      [{ column: 'parent', message: 'A unit cannot belong to itself or to one of its own units.' }],
      [{ column: 'parent', message: 'A unit cannot belong to itself or to one of its own units.' }],
    ]);
  });

  it('keeps what a column the file leaves out holds', () => {
    const plan = planOrgUnitImport(file(['code', 'name', 'kind'], ['mau-son', 'Mẫu Sơn', 'commune']), EXISTING, 'en');
    expect(plan.rows[0]!.status).toBe('unchanged');
  });
});

describe('the file’s words', () => {
  it('reads kinds and yes/no in either language', () => {
    expect(['Xã', 'commune', 'THỊ TRẤN', 'Ward', 'tp'].map(readOrgUnitKind)).toEqual(['commune', 'commune', 'town', 'ward', undefined]);
    expect(['có', 'Yes', 'x', '', 'Không', 'maybe'].map(readYesNo)).toEqual([true, true, true, false, false, undefined]);
  });
});
