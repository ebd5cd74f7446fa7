import { decimalsOf, formatNumber, formatPercent, type DataQualityFlag, type Indicator } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';

/** A data-quality finding, visible on the card (published vs computed, a change of rank scale). */
export function QualityWarning({ flag, indicator }: { flag: DataQualityFlag; indicator: Indicator }) {
  const { t, locale } = useI18n();
  const text =
    flag.code === 'published-mismatch'
      ? t.quality.publishedMismatch(
          formatPercent(flag.published, locale, decimalsOf(flag.published), true),
          formatPercent(flag.computed, locale, indicator.decimals, true),
        )
      : t.quality.rankScaleChanged(formatNumber(flag.fromOutOf, locale), formatNumber(flag.toOutOf, locale));
  return (
    <p className="quality-warning">
      <span className="quality-warning__icon" aria-hidden="true">
        ⚠
      </span>
      <span>
        <strong className="quality-warning__label">{t.quality.label}: </strong>
        {text}
      </span>
    </p>
  );
}
