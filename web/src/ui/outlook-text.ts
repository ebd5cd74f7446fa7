import {
  formatMeasure,
  formatNumber,
  formatPercent,
  formatRank,
  formatSigned,
  provincesRankedIn,
  type Indicator,
  type Locale,
  type Outlook,
} from '@kpi/shared';
import type { Dictionary } from '../i18n/vi';

export type ProjectionOutlook = Extract<Outlook, { kind: 'projection' }>;
export type TrendOutlook = Extract<Outlook, { kind: 'trend' }>;

/** The trend's icon beside its word, so the verdict is never told by colour alone. */
export const TREND_ICONS: Record<TrendOutlook['verdict'], string> = { improving: '↗', stable: '→', deteriorating: '↘' };

/** A projected number in the indicator's terms: `24%`, `1.250 điểm`, `hạng 7/34` (among those ranked in the target year). */
export function projectedValueText(outlook: ProjectionOutlook, indicator: Indicator, t: Dictionary, locale: Locale): string {
  const { expected, targetYear } = outlook;
  if (indicator.kind === 'rank') return t.outlook.rankValue(formatRank(expected, provincesRankedIn(targetYear), locale));
  if (indicator.kind === 'ratio') return formatPercent(expected, locale, indicator.decimals);
  const measure = formatMeasure(expected, indicator, locale);
  // Percent is already in the number (`24%`); other units follow it as a word, where they have one.
  const unit = indicator.unit === 'percent' ? '' : t.units[indicator.unit];
  return unit ? `${measure} ${unit}` : measure;
}

/** Which bound a held projection sits at, in words: "tối đa 100%", "không thể cao hơn hạng 1". */
function heldText(outlook: ProjectionOutlook, indicator: Indicator, t: Dictionary, locale: Locale): string {
  if (indicator.kind === 'rank') return outlook.expected <= 1 ? t.outlook.heldFirst : t.outlook.heldLast;
  const percent = indicator.kind === 'ratio' || indicator.unit === 'percent';
  const bound = (value: number) => (percent ? formatPercent(value, locale) : formatNumber(value, locale));
  return outlook.expected <= 0 ? t.outlook.heldMin(bound(0)) : t.outlook.heldMax(bound(100));
}

/** When the target is reached at this pace: already, in a year, or not at this pace. */
function reachedText({ reachedIn, from }: ProjectionOutlook, t: Dictionary): string {
  if (reachedIn === null) return t.outlook.notAtThisPace;
  return reachedIn <= from.year ? t.outlook.reachedAlready : t.outlook.reachedIn(reachedIn);
}

/** "Với tốc độ hiện nay, năm 2025 đạt khoảng 24%, đạt mục tiêu vào năm 2038." */
export function projectionSentence(outlook: ProjectionOutlook, indicator: Indicator, t: Dictionary, locale: Locale): string {
  const value = projectedValueText(outlook, indicator, t, locale);
  const held = outlook.held ? ` (${heldText(outlook, indicator, t, locale)})` : '';
  return `${t.outlook.projection(outlook.targetYear, value)}${held}, ${reachedText(outlook, t)}.`;
}

/** "Đang cải thiện (+1,2% mỗi năm)": the verdict, with the directed growth a year where there is one. */
export function trendText(outlook: TrendOutlook, t: Dictionary, locale: Locale): string {
  const word = t.outlook.trend[outlook.verdict];
  if (outlook.growthPerYear === null) return word;
  return `${word} (${t.outlook.growth(`${formatSigned(outlook.growthPerYear * 100, locale, 1)}%`)})`;
}
