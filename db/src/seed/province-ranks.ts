import { provincesRankedIn } from '@kpi/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../open-db.js';
import { insertProvinces } from '../rankings.js';
import { provinceRanks, provinces, sources } from '../schema.js';
import { seedProvinces } from './provinces.js';
import { seedSources } from './sources.js';
import { peersAndCommunesSources } from './peers-and-communes.js';
import type { SeedSource } from './types.js';

/**
 * The rows of the Ministry's DTI tables that ../shared/source/PEERS-AND-COMMUNES.md sources, each
 * with the source it was read in; the department imports the rest from the published tables.
 * Lạng Sơn's rows cite the same sources as its `dti-rank` figures and agree with them (a test).
 * The 2020 table's mean provincial score (0.3026) is not its median, so no median is stored.
 */
export const provinceRankSources: SeedSource[] = [
  {
    key: 'kinhdoanhvatiepthi-dti-2022',
    number: null,
    title: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022: 10 tỉnh, thành phố dẫn đầu',
    issuer: 'Bộ Thông tin và Truyền thông',
    publisher: 'kinhdoanhvatiepthi.vn',
    date: null,
    kind: 'news',
    url: null,
    note: 'Tiêu đề mô tả nội dung; đoạn trích không ghi ngày và URL.',
    noteEn: 'A descriptive title; the excerpt gives no date and no URL.',
  },
  {
    key: 'travinh-dti-2022',
    number: null,
    title: 'Kết quả Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh Trà Vinh',
    issuer: 'Bộ Thông tin và Truyền thông',
    publisher: 'Cổng thông tin điện tử tỉnh Trà Vinh (travinh.gov.vn)',
    date: null,
    kind: 'news',
    url: null,
    note: 'Tiêu đề mô tả nội dung; đoạn trích không ghi ngày và URL.',
    noteEn: 'A descriptive title; the excerpt gives no date and no URL.',
  },
  {
    key: 'baomoi-quang-ngai-dti-2023',
    number: null,
    title: 'Quảng Ngãi tăng 5 bậc…',
    issuer: null,
    publisher: 'Báo Mới (baomoi.com)',
    date: null,
    kind: 'news',
    url: null,
    note: 'Tiêu đề rút gọn như trong đoạn trích: Chỉ số DTI năm 2023 của Quảng Ngãi xếp thứ 21, tăng 5 bậc.',
    noteEn: 'Title shortened as in the excerpt: Quảng Ngãi’s 2023 DTI rank is 21, up 5 places.',
  },
  {
    key: 'vietnamnet-dti-2024',
    number: null,
    title: 'Công bố Chỉ số chuyển đổi số (DTI) năm 2024 của 34 tỉnh, thành phố',
    issuer: 'Bộ Khoa học và Công nghệ',
    publisher: 'VietNamNet (vietnamnet.vn)',
    date: '2025-10-21',
    kind: 'news',
    url: null,
    note: 'Tiêu đề mô tả nội dung. Điểm của tỉnh sau sáp nhập là trung bình chỉ số chính của các tỉnh cũ hợp thành.',
    noteEn: 'A descriptive title. A merged province’s score is the mean of its former provinces’ main indices.',
  },
];

export interface SeedProvinceRank {
  year: number;
  province: string;
  rank: number;
  score?: number;
  /** Digital government, digital economy, digital society. */
  pillars?: [number, number, number];
  /** A source key: of this file, or of the figures' sources (Lạng Sơn's rows). */
  source: string;
  note?: string;
}

const top = (year: number, source: string, codes: string[]): SeedProvinceRank[] => codes.map((province, i) => ({ year, province, rank: i + 1, source }));

const KDTT = 'kinhdoanhvatiepthi-dti-2022';
const BAOMOI = 'baomoi-quang-ngai-dti-2023';

export const seedProvinceRanks: SeedProvinceRank[] = [
  { year: 2020, province: 'lang-son', rank: 16, pillars: [18, 8, 24], source: 'baolangson-dti-2020' },
  { year: 2021, province: 'lang-son', rank: 5, source: 'stttt-dti-2021' },
  ...top(2022, KDTT, ['da-nang', 'ho-chi-minh', 'quang-ninh', 'hue', 'can-tho']),
  { year: 2022, province: 'lang-son', rank: 6, source: 'dti-2022' },
  ...top(2022, KDTT, ['bac-ninh', 'thai-nguyen', 'bac-giang', 'nam-dinh']).map((r) => ({ ...r, rank: r.rank + 6 })),
  {
    year: 2022,
    province: 'ha-noi',
    rank: 24,
    pillars: [40, 18, 30],
    source: KDTT,
    note: 'Đoạn trích nêu chung các nguồn của năm 2022 (kinhdoanhvatiepthi.vn, travinh.gov.vn, baomoi); không ghi nguồn nào nêu thứ hạng này.',
  },
  { year: 2022, province: 'tra-vinh', rank: 25, score: 0.6077, pillars: [29, 27, 26], source: 'travinh-dti-2022' },
  { year: 2022, province: 'quang-ngai', rank: 26, source: BAOMOI, note: 'Suy ra: năm 2023 xếp thứ 21, "tăng 5 bậc".' },
  ...top(2023, 'nguoihanoi-dti-2023', [
    'da-nang',
    'ho-chi-minh',
    'hue',
    'lang-son',
    'can-tho',
    'ha-noi',
    'binh-duong',
    'hai-phong',
    'bac-giang',
    'ba-ria-vung-tau',
  ]),
  { year: 2023, province: 'quang-ngai', rank: 21, pillars: [12, 13, 14], source: BAOMOI },
  ...top(2024, 'vietnamnet-dti-2024', ['ha-noi', 'hue', 'hai-phong-2025', 'ho-chi-minh-2025', 'thanh-hoa']),
];

/**
 * Creates the provinces and the sourced rows where there are none (a new database, or one made
 * before rankings were data). A source the figures' seed made is found by its title and
 * publisher; one it did not is added. Returns how many rows it wrote.
 */
export function seedRankings(db: Db): number {
  return db.transaction((tx) => {
    if (tx.select({ id: provinces.id }).from(provinces).limit(1).get()) return 0;
    insertProvinces(tx, seedProvinces());
    const sourceId = new Map<string, number>();
    for (const { key, ...source } of [...seedSources, ...peersAndCommunesSources, ...provinceRankSources]) {
      const found = tx
        .select({ id: sources.id })
        .from(sources)
        .where(and(eq(sources.title, source.title), source.publisher === null ? isNull(sources.publisher) : eq(sources.publisher, source.publisher)))
        .get();
      if (found) sourceId.set(key, found.id);
      else if (seedProvinceRanks.some((r) => r.source === key)) sourceId.set(key, tx.insert(sources).values(source).returning({ id: sources.id }).get().id);
    }
    for (const r of seedProvinceRanks) {
      const id = sourceId.get(r.source);
      if (id === undefined) throw new Error(`seed: unknown source key ${r.source}`);
      const [governmentRank, economyRank, societyRank] = r.pillars ?? [null, null, null];
      tx.insert(provinceRanks)
        .values({
          index: 'dti',
          year: r.year,
          province: r.province,
          rank: r.rank,
          outOf: provincesRankedIn(r.year),
          score: r.score ?? null,
          governmentRank,
          economyRank,
          societyRank,
          sourceId: id,
          note: r.note ?? null,
          createdBy: 'seed',
        })
        .run();
    }
    return seedProvinceRanks.length;
  });
}
