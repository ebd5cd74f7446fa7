import { formatMeasure, formatNumber, formatRank, type Indicator, type Target } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';

/** "Mục tiêu ≥ 30% (2020) · 17/NQ-CP": the target in force and the document that sets it. */
export function TargetLine({ target, indicator }: { target: Target | null; indicator: Indicator }) {
  const { t, locale } = useI18n();
  if (!target) return <p className="target target--none">{t.card.noTarget}</p>;
  const value =
    indicator.kind === 'rank'
      ? target.outOf
        ? formatRank(target.value, target.outOf, locale)
        : formatNumber(target.value, locale)
      : formatMeasure(target.value, indicator, locale);
  const source = target.source;
  return (
    <div className="target">
      <span className="target__value">{t.card.target(`${t.comparator[target.comparator]} ${value}`, target.year)}</span>
      {source?.number && (
        <>
          <span aria-hidden="true"> · </span>
          <cite className="target__source" title={source.title}>
            {source.number}
          </cite>
        </>
      )}
      {/* A document without a number is known by its title, which can be long: on its own line, cut to two. */}
      {source && !source.number && (
        <cite className="target__title" title={source.title}>
          {source.title}
        </cite>
      )}
    </div>
  );
}
