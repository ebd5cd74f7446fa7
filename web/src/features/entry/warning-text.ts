import { decimalsOf, formatMeasure, formatPercent, type EntryWarning, type Indicator, type Locale } from '@kpi/shared';
import type { StaffDictionary } from '../../i18n/useStaffI18n';

/** A warning in words, with its numbers in the reader's format. */
export function warningText(warning: EntryWarning, indicator: Pick<Indicator, 'kind' | 'unit' | 'decimals'>, t: StaffDictionary, locale: Locale): string {
  const { params } = warning;
  if (warning.code === 'published-mismatch') {
    const published = params.published ?? 0;
    return t.quality.publishedMismatch(
      formatPercent(published, locale, decimalsOf(published), true),
      formatPercent(params.computed ?? 0, locale, indicator.decimals, true),
    );
  }
  const year = params.previousYear ?? 0;
  // Ranks are compared as position / N, so that 26 of 63 and 14 of 34 read alike.
  if (indicator.kind === 'rank') {
    return t.warnings.jumpRank(year, formatPercent((params.previous ?? 0) * 100, locale), formatPercent((params.value ?? 0) * 100, locale));
  }
  const measure = (value: number) =>
    indicator.kind === 'ratio' ? formatPercent(value, locale, indicator.decimals, true) : formatMeasure(value, indicator, locale);
  return t.warnings.jump(year, measure(params.previous ?? 0), measure(params.value ?? 0));
}
