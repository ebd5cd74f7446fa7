import type { Locale } from '../schemas/common.js';

/** Why a row of a ranking table is refused, in the language of the person importing it. */
export interface RankingImportMessages {
  required: string;
  wholeNumber: string;
  provinceUnknown: (text: string, nearest: string[]) => string;
  provinceAmbiguous: (text: string, candidates: string[]) => string;
  provinceNotInYear: (name: string, year: number, successor: string | null) => string;
  yearRange: (from: number, to: number) => string;
  rankAboveOutOf: (rank: number, outOf: number) => string;
  outOfForYear: (year: number, provinces: number) => string;
  scoreRange: string;
  unknownSource: string;
  duplicate: (otherRow: number) => string;
  homeMismatch: (year: number, rank: number, outOf: number) => string;
}

const list = (names: string[], locale: Locale) => new Intl.ListFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { type: 'disjunction' }).format(names);

export const rankingImportMessages: Record<Locale, RankingImportMessages> = {
  vi: {
    required: 'Bắt buộc nhập.',
    wholeNumber: 'Cần một số nguyên dương.',
    provinceUnknown: (text, nearest) => `Không có tỉnh, thành phố nào tên "${text}"${nearest.length ? `; gần nhất: ${list(nearest, 'vi')}` : ''}.`,
    provinceAmbiguous: (text, c) => `"${text}" trùng tên nhiều tỉnh, thành phố (${list(c, 'vi')}): ghi mã tỉnh.`,
    provinceNotInYear: (name, year, successor) =>
      `${name} không có trong bảng xếp hạng năm ${year}` + (successor ? ` (từ 01/07/2025 sáp nhập vào ${successor}).` : '.'),
    yearRange: (from, to) => `Năm phải từ ${from} đến ${to}.`,
    rankAboveOutOf: (rank, outOf) => `Thứ hạng ${rank} lớn hơn tổng số ${outOf}.`,
    outOfForYear: (year, n) => `Bảng năm ${year} xếp hạng ${n} tỉnh, thành phố.`,
    scoreRange: 'Điểm là một số từ 0 đến 1 (vd. 0,6077).',
    unknownSource: 'Không có văn bản nguồn này (ghi mã nguồn, hoặc chọn nguồn cho cả tệp).',
    duplicate: (other) => `Trùng tỉnh và năm với dòng ${other}.`,
    homeMismatch: (year, rank, outOf) => `Khác số liệu đã công bố của chỉ tiêu xếp hạng DTI năm ${year}: ${rank}/${outOf}.`,
  },
  en: {
    required: 'Required.',
    wholeNumber: 'A positive whole number is needed.',
    provinceUnknown: (text, nearest) => `No province or city is called "${text}"${nearest.length ? `; nearest: ${list(nearest, 'en')}` : ''}.`,
    provinceAmbiguous: (text, c) => `"${text}" names several provinces (${list(c, 'en')}): give the province's code.`,
    provinceNotInYear: (name, year, successor) => `${name} is not in the ${year} table` + (successor ? ` (merged into ${successor} from 01/07/2025).` : '.'),
    yearRange: (from, to) => `The year must be from ${from} to ${to}.`,
    rankAboveOutOf: (rank, outOf) => `Rank ${rank} is above the ${outOf} ranked.`,
    outOfForYear: (year, n) => `The ${year} table ranks ${n} provinces and cities.`,
    scoreRange: 'The score is a number from 0 to 1 (e.g. 0.6077).',
    unknownSource: 'No such source (give its id, or choose one source for the whole file).',
    duplicate: (other) => `Same province and year as row ${other}.`,
    homeMismatch: (year, rank, outOf) => `Differs from the published figure of the DTI rank indicator for ${year}: ${rank} of ${outOf}.`,
  },
};
