import { formatNumber, formatSigned, type Change, type Indicator, type Locale } from '@kpi/shared';
import type { Dictionary } from '../i18n/vi';
import { useI18n } from '../i18n/useI18n';

/** The change in words: `↑ 24 bậc so với 2019`, `+7,6 điểm % so với 2019`. */
export function changeText(change: Change, indicator: Indicator, t: Dictionary, locale: Locale): string {
  const { delta, fromYear } = change;
  if (change.measure === 'places') {
    if (delta > 0) return t.change.placesUp(formatNumber(delta, locale), fromYear);
    if (delta < 0) return t.change.placesDown(formatNumber(-delta, locale), fromYear);
    return t.change.placesSame(fromYear);
  }
  if (delta === 0) return t.change.unchanged(fromYear);
  const signed = formatSigned(delta, locale, indicator.decimals);
  return change.measure === 'percentage-points' ? t.change.points(signed, fromYear) : t.change.value(signed, fromYear);
}

/** Change since the previous figure: ranks in places gained, percents in points. */
export function ChangeLabel({ change, indicator }: { change: Change; indicator: Indicator }) {
  const { t, locale } = useI18n();
  const tone = change.improved === null ? 'same' : change.improved ? 'better' : 'worse';
  const title = tone === 'same' ? undefined : t.change[tone];
  return (
    <p className={`change change--${tone}`} title={title}>
      {changeText(change, indicator, t, locale)}
    </p>
  );
}
