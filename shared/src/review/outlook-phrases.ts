import type { Locale } from '../schemas/index.js';

/**
 * The wording of the review's "where we are heading" paragraph in both languages, in the report's
 * register. Numbers arrive already formatted; `doc` is the target's document as the review names it.
 */
export interface OutlookPhrases {
  heading: string;
  /** "…: với tốc độ bình quân 2020–2023, năm 2025 ước đạt khoảng hạng 1/34" */
  projection(name: string, baseYear: number, latestYear: number, targetYear: number, value: string): string;
  heldMax(bound: string): string;
  heldMin(bound: string): string;
  heldFirst: string;
  heldLast: string;
  rankValue(rank: string): string;
  reachedAlready(target: string, doc: string): string;
  reachedIn(target: string, doc: string, year: number): string;
  notAtThisPace(target: string, doc: string): string;
  /** An indicator without a target: its trend from the first figure to the latest. */
  trend(name: string, baseYear: number, latestYear: number, verdict: string, growth: string | null): string;
  verdicts: Record<'improving' | 'stable' | 'deteriorating', string>;
  none: string;
}

export const outlookPhrases: Record<Locale, OutlookPhrases> = {
  vi: {
    heading: 'Xu hướng và dự báo',
    projection: (n, by, ly, ty, v) => `${n}: với tốc độ bình quân giai đoạn ${by}–${ly}, năm ${ty} ước đạt khoảng ${v}`,
    heldMax: (b) => ` (tối đa ${b})`,
    heldMin: (b) => ` (tối thiểu ${b})`,
    heldFirst: ' (không thể cao hơn hạng 1)',
    heldLast: ' (không thể thấp hơn hạng cuối)',
    rankValue: (r) => `hạng ${r}`,
    reachedAlready: (t, d) => `; đã đạt mục tiêu ${t} theo ${d}`,
    reachedIn: (t, d, y) => `; với tốc độ này đạt mục tiêu ${t} theo ${d} vào năm ${y}`,
    notAtThisPace: (t, d) => `; với tốc độ này không đạt mục tiêu ${t} theo ${d}`,
    trend: (n, by, ly, v, g) => `${n} chưa có mục tiêu; giai đoạn ${by}–${ly} ${v}${g ? ` (${g} mỗi năm)` : ''}`,
    verdicts: { improving: 'đang cải thiện', stable: 'đi ngang', deteriorating: 'đang xấu đi' },
    none: 'Chưa đủ số liệu của hai năm trở lên để dự báo.',
  },
  en: {
    heading: 'Where we are heading',
    projection: (n, by, ly, ty, v) => `${n}: at the average pace of ${by}–${ly}, ${ty} would reach about ${v}`,
    heldMax: (b) => ` (at most ${b})`,
    heldMin: (b) => ` (at least ${b})`,
    heldFirst: ' (no higher than 1st)',
    heldLast: ' (no lower than last)',
    rankValue: (r) => `rank ${r}`,
    reachedAlready: (t, d) => `; the ${t} target set by ${d} is already met`,
    reachedIn: (t, d, y) => `; at this pace the ${t} target set by ${d} is met in ${y}`,
    notAtThisPace: (t, d) => `; at this pace the ${t} target set by ${d} is not met`,
    trend: (n, by, ly, v, g) => `${n} has no target; from ${by} to ${ly} it is ${v}${g ? ` (${g} a year)` : ''}`,
    verdicts: { improving: 'improving', stable: 'stable', deteriorating: 'deteriorating' },
    none: 'Too few years of figures to project.',
  },
};
