import type { SeedFigure, SeedSource } from './types.js';

/**
 * Lạng Sơn's figures from the excerpts of other provinces' ranks (PEERS-AND-COMMUNES.md) that the
 * catalogue does not already carry, keyed by the seeded indicator they belong to. Left out: the
 * 2024 DTI rank (of 34), which the excerpts mark as not found, and the 65 communes and wards of
 * 1/7/2025, which are organisation units rather than a figure of any seeded indicator.
 */
export const peersAndCommunesSources: SeedSource[] = [
  {
    key: 'nguoihanoi-dti-2023',
    number: null,
    title: 'Hà Nội xếp thứ 6…',
    // The excerpt names no ministry for the 2023 table (the Ministry of Information and
    // Communications merged into the Ministry of Science and Technology in 2025): left unknown.
    issuer: null,
    publisher: 'nguoihanoi.vn',
    date: '2025-02-07',
    kind: 'news',
    url: null,
    note: 'Tiêu đề rút gọn như trong đoạn trích; bài nêu 10 tỉnh, thành phố dẫn đầu Chỉ số DTI năm 2023. Đoạn trích không ghi URL.',
    noteEn: 'Title shortened as in the excerpt; the article lists the 10 leading provinces and cities of the 2023 DTI. The excerpt gives no URL.',
  },
];

export const peersAndCommunesFigures: Record<string, SeedFigure[]> = {
  'dti-rank': [
    {
      year: 2023,
      source: 'nguoihanoi-dti-2023',
      position: 4,
      outOf: 63,
      note: 'Sau Đà Nẵng, TP Hồ Chí Minh và Thừa Thiên Huế.',
      noteEn: 'After Đà Nẵng, Hồ Chí Minh City and Thừa Thiên Huế.',
    },
  ],
};
