import { PROVINCE_MERGER_DATE, type Province } from '@kpi/shared';
import { unitSlug } from './org-units.js';

/**
 * The provinces the Ministry's tables rank. The 63 are the provinces and centrally-run cities
 * standing until 30/6/2025; Resolution 202/2025/QH15 (12/6/2025, in force 1/7/2025) kept 11 of them
 * (Lạng Sơn among them, as PEERS-AND-COMMUNES.md says) and formed 23 from the other 52, as
 * listed below. Thừa Thiên Huế became the centrally-run city of Huế on 1/1/2025 without a change
 * of territory: one province, the old name kept as an alias. Checked against press copies of the
 * resolution's plan (VnExpress, 12/6/2025; Nghệ An 24h, 6/2025): the 11 kept, the 52 merged, and
 * pairs 1–10 below word for word; the other 13 pairs as those reports summarise them. Codes: the
 * name without diacritics;
 * a province formed in 2025 whose name a former one had takes `-2025`, so both stay distinct.
 */
const FORMED_NOTE = 'Thành lập theo Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh, từ 01/07/2025.';
const LAST_DAY_OF_THE_63 = '2025-06-30';

type Kind = Province['kind'];
const CITIES = new Set(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'TP Hồ Chí Minh', 'Cần Thơ', 'Huế']);
const ALIASES: Record<string, string[]> = {
  Huế: ['Thừa Thiên Huế', 'Thừa Thiên - Huế'],
  'TP Hồ Chí Minh': ['Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'TP.HCM', 'TPHCM', 'HCM'],
  'Bà Rịa – Vũng Tàu': ['Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu'],
};
const slug = (name: string) => (name === 'TP Hồ Chí Minh' ? 'ho-chi-minh' : unitSlug(name));
const kindOf = (name: string): Kind => (CITIES.has(name) ? 'city' : 'province');

/** The 11 provinces the merger left as they were. */
const UNCHANGED = ['Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng'];

/** The 23 formed in 2025: [new province, the former ones it was made from]. */
const MERGED: [string, string[]][] = [
  ['Tuyên Quang', ['Tuyên Quang', 'Hà Giang']],
  ['Lào Cai', ['Lào Cai', 'Yên Bái']],
  ['Thái Nguyên', ['Thái Nguyên', 'Bắc Kạn']],
  ['Phú Thọ', ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']],
  ['Bắc Ninh', ['Bắc Ninh', 'Bắc Giang']],
  ['Hưng Yên', ['Hưng Yên', 'Thái Bình']],
  ['Hải Phòng', ['Hải Phòng', 'Hải Dương']],
  ['Ninh Bình', ['Ninh Bình', 'Hà Nam', 'Nam Định']],
  ['Quảng Trị', ['Quảng Trị', 'Quảng Bình']],
  ['Đà Nẵng', ['Đà Nẵng', 'Quảng Nam']],
  ['Quảng Ngãi', ['Quảng Ngãi', 'Kon Tum']],
  ['Gia Lai', ['Gia Lai', 'Bình Định']],
  ['Khánh Hòa', ['Khánh Hòa', 'Ninh Thuận']],
  ['Lâm Đồng', ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận']],
  ['Đắk Lắk', ['Đắk Lắk', 'Phú Yên']],
  ['TP Hồ Chí Minh', ['TP Hồ Chí Minh', 'Bình Dương', 'Bà Rịa – Vũng Tàu']],
  ['Đồng Nai', ['Đồng Nai', 'Bình Phước']],
  ['Tây Ninh', ['Tây Ninh', 'Long An']],
  ['Cần Thơ', ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']],
  ['Vĩnh Long', ['Vĩnh Long', 'Bến Tre', 'Trà Vinh']],
  ['Đồng Tháp', ['Đồng Tháp', 'Tiền Giang']],
  ['Cà Mau', ['Cà Mau', 'Bạc Liêu']],
  ['An Giang', ['An Giang', 'Kiên Giang']],
];

/** Every province, the 63 first (each former one before the province it formed). */
export function seedProvinces(): Province[] {
  const base = (name: string): Province => ({
    code: slug(name),
    name,
    kind: kindOf(name),
    aliases: ALIASES[name] ?? [],
    validFrom: null,
    validTo: null,
    formedFrom: [],
    note: null,
  });
  const unchanged = UNCHANGED.map(base);
  const former = MERGED.flatMap(([, parts]) => parts).map((name) => ({ ...base(name), validTo: LAST_DAY_OF_THE_63 }));
  const formed = MERGED.map(([name, parts]) => ({
    ...base(name),
    code: `${slug(name)}-2025`,
    validFrom: PROVINCE_MERGER_DATE,
    formedFrom: parts.map(slug),
    note: FORMED_NOTE,
  }));
  return [...unchanged, ...former, ...formed];
}
