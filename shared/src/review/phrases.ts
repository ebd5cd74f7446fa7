import type { Locale, Status } from '../schemas/index.js';
import { statusNames } from '../status-names.js';

/**
 * The review's wording in both languages, in the register of the department's report
 * ("đạt 37,6%, vượt mục tiêu 30%…", "xếp 26/63 tỉnh, thành phố, tăng 24 bậc so với năm 2019").
 * Numbers arrive already formatted for the language.
 */
export interface ReviewPhrases {
  title(year: number): string;
  intro(asOf: string, withFigures: number, year: number, achieved: number): string;
  value(name: string, year: number, value: string): string;
  ratio(name: string, year: number, numerator: string, denominator: string, rate: string): string;
  rank(name: string, year: number, rank: string): string;
  asOf(date: string): string;
  targetExceeded(target: string, doc: string): string;
  targetMet(target: string, doc: string): string;
  targetMissed(target: string, targetYear: number, doc: string, status: string): string;
  placesUp(places: string, year: number): string;
  placesDown(places: string, year: number): string;
  placesSame(year: number): string;
  mismatch(name: string, year: number, published: string, computed: string): string;
  mismatchInline(published: string): string;
  /** After a figure the source does not state as such: its basis in words (`Suy ra`). */
  basisInline(basis: string): string;
  noteOf(name: string, year: number, note: string): string;
  milestone(name: string, state: string): string;
  milestoneStates: Record<'not-started' | 'in-progress' | 'done', string>;
  /** Every status in words: the review's sentences and the mail digest say them as the app's badges do. */
  statuses: Record<Status, string>;
  /** The headings the documents add around the review's own sections: the results part (the decree's report), the data-quality notes, the sources (the plain form). */
  headings: { results: string; caveats: string; sources: string };
  document(number: string | null, title: string, date: string | null): string;
  /** Above the list of who receives the document (the decree's "Nơi nhận:", II.9). */
  recipientsLabel: string;
  none(year: number): string;
}

export const reviewPhrases: Record<Locale, ReviewPhrases> = {
  vi: {
    title: (y) => `Kết quả thực hiện các chỉ tiêu Thông tin và Truyền thông năm ${y}`,
    intro: (asOf, n, y, a) =>
      `Báo cáo được lập từ số liệu đã được phê duyệt trên hệ thống, cập nhật đến ${asOf}. Năm ${y} có ${n} chỉ tiêu có số liệu, trong đó ${a} chỉ tiêu đạt hoặc vượt mục tiêu.`,
    value: (n, y, v) => `${n} năm ${y} đạt ${v}`,
    ratio: (n, y, num, den, r) => `${n} năm ${y}: ${num}/${den}, đạt tỷ lệ ${r}`,
    rank: (n, y, r) => `${n} năm ${y} xếp ${r} tỉnh, thành phố`,
    asOf: (d) => ` (tính đến ${d})`,
    targetExceeded: (t, d) => `, hoàn thành vượt mức mục tiêu ${t} theo ${d}`,
    targetMet: (t, d) => `, đạt mục tiêu ${t} theo ${d}`,
    targetMissed: (t, ty, d, s) => `, so với mục tiêu ${t} đến năm ${ty} theo ${d} (${s.toLowerCase()})`,
    placesUp: (p, y) => `, tăng ${p} bậc so với năm ${y}`,
    placesDown: (p, y) => `, giảm ${p} bậc so với năm ${y}`,
    placesSame: (y) => `, giữ nguyên thứ hạng so với năm ${y}`,
    mismatch: (n, y, p, c) =>
      `${n} năm ${y}: số công bố ${p} khác tỷ lệ tính từ tử số và mẫu số (${c}), chênh lệch lớn hơn sai số làm tròn; cần rà soát lại số liệu gốc.`,
    mismatchInline: (p) => ` (số công bố ${p}, xem lưu ý về chất lượng số liệu)`,
    basisInline: (b) => ` (${b}, xem lưu ý về chất lượng số liệu)`,
    noteOf: (name, y, note) => `${name} năm ${y}: ${note}`,
    milestone: (n, s) => `${n}: ${s}`,
    milestoneStates: { 'not-started': 'chưa triển khai', 'in-progress': 'đang triển khai', done: 'đã hoàn thành' },
    statuses: statusNames.vi,
    headings: { results: 'Kết quả thực hiện các chỉ tiêu', caveats: 'Lưu ý về chất lượng số liệu', sources: 'Nguồn số liệu' },
    document: (num, title, date) => (num ? `${num}${date ? ` ngày ${date}` : ''}` : title),
    recipientsLabel: 'Nơi nhận:',
    none: (y) => `Chưa có số liệu được phê duyệt cho năm ${y}.`,
  },
  en: {
    title: (y) => `ICT indicators: results for ${y}`,
    intro: (asOf, n, y, a) =>
      `Drafted from the approved figures in the system, as of ${asOf}. ${n} indicators have figures for ${y}; ${a} met or exceeded their target.`,
    value: (n, y, v) => `${n} reached ${v} in ${y}`,
    ratio: (n, y, num, den, r) => `${n} in ${y}: ${num} of ${den}, a rate of ${r}`,
    rank: (n, y, r) => `${n} in ${y}: ranked ${r}`,
    asOf: (d) => ` (as of ${d})`,
    targetExceeded: (t, d) => `, exceeding the ${t} target set by ${d}`,
    targetMet: (t, d) => `, meeting the ${t} target set by ${d}`,
    targetMissed: (t, ty, d, s) => `, against the ${t} target for ${ty} set by ${d} (${s.toLowerCase()})`,
    placesUp: (p, y) => `, up ${p} places on ${y}`,
    placesDown: (p, y) => `, down ${p} places on ${y}`,
    placesSame: (y) => `, unchanged since ${y}`,
    mismatch: (n, y, p, c) =>
      `${n}, ${y}: the published ${p} differs from the rate computed from numerator and denominator (${c}) by more than rounding; the source figures need checking.`,
    mismatchInline: (p) => ` (published as ${p}; see the data-quality notes)`,
    basisInline: (b) => ` (${b}; see the data-quality notes)`,
    noteOf: (name, y, note) => `${name}, ${y}: ${note}`,
    milestone: (n, s) => `${n}: ${s}`,
    milestoneStates: { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done' },
    statuses: statusNames.en,
    headings: { results: 'Results', caveats: 'Data-quality notes', sources: 'Sources' },
    document: (num, title, date) => (num ? `${num}${date ? ` of ${date}` : ''}` : title),
    recipientsLabel: 'Copies to:',
    none: (y) => `No approved figures for ${y} yet.`,
  },
};
