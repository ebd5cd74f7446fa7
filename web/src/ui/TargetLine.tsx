import type { Indicator, TargetSummary } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';
import { targetText } from './figure-text';

/** "Mục tiêu ≥ 30% (2020) · 17/NQ-CP": the target in force and the document that sets it. */
export function TargetLine({ target, indicator }: { target: TargetSummary | null; indicator: Indicator }) {
  const { t, locale } = useI18n();
  if (!target) return <p className="target target--none">{t.card.noTarget}</p>;
  const source = target.source;
  return (
    <div className="target">
      <span className="target__value">{t.card.target(targetText(target, indicator, t, locale), target.year)}</span>
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
