import type { Locale } from '../schemas/common.js';

/**
 * The columns of a ranking table's file, as the import reads them and its template writes them.
 * A refused or changed row names its column by these machine names.
 */
export const rankingColumns = ['province', 'year', 'rank', 'out_of', 'score', 'government_rank', 'economy_rank', 'society_rank', 'source_id', 'note'] as const;
export type RankingColumn = (typeof rankingColumns)[number];

/** The headers people read over each column, which the import reads as well as the machine names. */
export const rankingColumnLabels = {
  vi: {
    province: 'Tỉnh, thành phố',
    year: 'Năm',
    rank: 'Xếp hạng',
    out_of: 'Trên tổng số',
    score: 'Điểm',
    government_rank: 'Chính quyền số',
    economy_rank: 'Kinh tế số',
    society_rank: 'Xã hội số',
    source_id: 'Mã nguồn',
    note: 'Ghi chú',
  },
  en: {
    province: 'Province or city',
    year: 'Year',
    rank: 'Rank',
    out_of: 'Out of',
    score: 'Score',
    government_rank: 'Digital government',
    economy_rank: 'Digital economy',
    society_rank: 'Digital society',
    source_id: 'Source id',
    note: 'Note',
  },
} as const satisfies Record<Locale, Record<RankingColumn, string>>;
