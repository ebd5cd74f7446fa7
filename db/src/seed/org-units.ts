import type { CreateOrgUnitBody } from '@kpi/shared';
import type { Db } from '../open-db.js';
import { createOrgUnit } from '../org-units.js';
import { DEFAULT_ORG_UNIT, orgUnits } from '../schema.js';

/**
 * Lạng Sơn's organisation units, from ../shared/source/PEERS-AND-COMMUNES.md: the province; the 65
 * commune-level units of Resolution 1672/NQ-UBTVQH15 (16/6/2025), in force from 1/7/2025; the 11
 * district-level units that ceased that day; and the former units two new communes were made of, as
 * the resolution's article 1 lists them (items 33 and 34, quoted by thuviennhadat.vn). The 65 names
 * were printed without diacritics (laodong.vn) and restored by hand: those no text with diacritics
 * confirms are marked unchecked, and the app says so beside them.
 */
const NEW_UNITS_FROM = '2025-07-01';
const OLD_UNITS_TO = '2025-06-30';
const RESTORED = 'Tên theo Nghị quyết 1672/NQ-UBTVQH15 (laodong.vn in không dấu); dấu tiếng Việt khôi phục, chưa đối chiếu văn bản nghị quyết.';
const FROM_ARTICLE_1 = 'Tên và các đơn vị cũ theo Điều 1 Nghị quyết 1672/NQ-UBTVQH15 (thuviennhadat.vn trích).';
const DISTRICT_CHECKED = 'Tên theo tin về Nghị quyết 818/NQ-UBTVQH14 trên cổng Văn phòng UBND tỉnh.';

const WARDS = ['Tam Thanh', 'Lương Văn Tri', 'Kỳ Lừa', 'Đông Kinh'];
const COMMUNES = [
  'Thất Khê', 'Đoàn Kết', 'Tân Tiến', 'Tràng Định', 'Quốc Khánh', 'Kháng Chiến', 'Quốc Việt', 'Bình Gia', 'Tân Văn', 'Hồng Phong',
  'Hoa Thám', 'Quý Hòa', 'Thiện Hòa', 'Thiện Thuật', 'Thiện Long', 'Bắc Sơn', 'Hưng Vũ', 'Vũ Lăng', 'Nhất Hòa', 'Vũ Lễ', 'Tân Tri',
  'Văn Quan', 'Điềm He', 'Yên Phúc', 'Tri Lễ', 'Tân Đoàn', 'Khánh Khê', 'Na Sầm', 'Hoàng Văn Thụ', 'Thụy Hùng', 'Văn Lãng', 'Hội Hoan',
  'Lộc Bình', 'Mẫu Sơn', 'Na Dương', 'Lợi Bác', 'Thống Nhất', 'Xuân Dương', 'Khuất Xá', 'Đình Lập', 'Thái Bình', 'Châu Sơn', 'Kiên Mộc',
  'Hữu Lũng', 'Tuấn Sơn', 'Tân Thành', 'Vân Nham', 'Thiện Tân', 'Yên Bình', 'Hữu Liên', 'Cai Kinh', 'Chi Lăng', 'Quan Sơn', 'Chiến Thắng',
  'Nhân Lý', 'Bằng Mạc', 'Vạn Linh', 'Đồng Đăng', 'Cao Lộc', 'Công Sơn', 'Ba Sơn',
]; // prettier-ignore
/** District-level units before 1/7/2025, and whether a text with diacritics gives the name. */
const DISTRICTS: [name: string, kind: 'city' | 'district', checked: boolean][] = [
  ['Lạng Sơn', 'city', false], ['Tràng Định', 'district', true], ['Văn Lãng', 'district', true], ['Văn Quan', 'district', true],
  ['Bình Gia', 'district', true], ['Bắc Sơn', 'district', true], ['Hữu Lũng', 'district', true], ['Chi Lăng', 'district', true],
  ['Cao Lộc', 'district', true], ['Lộc Bình', 'district', true], ['Đình Lập', 'district', false],
]; // prettier-ignore
/** New communes whose former units the resolution's text names: [new commune, [kind, name] of each]. */
const MERGERS: [commune: string, formed: ['town' | 'commune', string][]][] = [
  ['Lộc Bình', [['town', 'Lộc Bình'], ['commune', 'Khánh Xuân'], ['commune', 'Đồng Bục'], ['commune', 'Hữu Khánh']]],
  ['Mẫu Sơn', [['commune', 'Mẫu Sơn'], ['commune', 'Yên Khoái'], ['commune', 'Tú Mịch']]],
]; // prettier-ignore

/** `Đồng Đăng` → `dong-dang`: the name without diacritics, for a code. */
export function unitSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const districtCode = (name: string, kind: 'city' | 'district') => `${kind === 'city' ? 'tp' : 'huyen'}-${unitSlug(name)}`;

/** Every unit the seed creates, parents before children and former units before their successors. */
export function seedOrgUnitBodies(): CreateOrgUnitBody[] {
  const unit = (body: Partial<CreateOrgUnitBody> & Pick<CreateOrgUnitBody, 'code' | 'name' | 'kind'>): CreateOrgUnitBody => ({
    parent: DEFAULT_ORG_UNIT,
    validFrom: null,
    validTo: null,
    nameChecked: false,
    predecessors: [],
    note: null,
    ...body,
  });
  const province = unit({ code: DEFAULT_ORG_UNIT, name: 'Lạng Sơn', kind: 'province', parent: null, nameChecked: true });
  const districts = DISTRICTS.map(([name, kind, checked]) =>
    unit({ code: districtCode(name, kind), name, kind, validTo: OLD_UNITS_TO, nameChecked: checked, note: checked ? DISTRICT_CHECKED : null }),
  );
  const merged = new Map(MERGERS);
  const former = MERGERS.flatMap(([, formed]) =>
    formed.map(([kind, name]) =>
      unit({
        code: `loc-binh-${kind === 'town' ? 'thi-tran-' : ''}${unitSlug(name)}`,
        name,
        kind,
        parent: 'huyen-loc-binh',
        validTo: OLD_UNITS_TO,
        nameChecked: true,
        note: FROM_ARTICLE_1,
      }),
    ),
  );
  const current = [...WARDS.map((name) => ['ward', name] as const), ...COMMUNES.map((name) => ['commune', name] as const)].map(([kind, name]) => {
    const formed = merged.get(name);
    return unit({
      code: unitSlug(name),
      name,
      kind,
      validFrom: NEW_UNITS_FROM,
      nameChecked: formed !== undefined,
      predecessors: formed?.map(([k, n]) => `loc-binh-${k === 'town' ? 'thi-tran-' : ''}${unitSlug(n)}`) ?? [],
      note: formed ? FROM_ARTICLE_1 : RESTORED,
    });
  });
  return [province, ...districts, ...former, ...current];
}

/**
 * Creates the units when there are none yet (a new database, or one made before units were data),
 * through the same function as an admin's edit. Returns how many it created.
 */
export function seedOrgUnits(db: Db): number {
  return db.transaction((tx) => {
    if (tx.select({ id: orgUnits.id }).from(orgUnits).limit(1).get()) return 0;
    const bodies = seedOrgUnitBodies();
    for (const body of bodies) {
      const result = createOrgUnit(tx, body, 'seed', { audit: false });
      if (!result.ok) throw new Error(`seed: unit ${body.code}: ${result.field} ${result.reason}`);
    }
    return bodies.length;
  });
}
