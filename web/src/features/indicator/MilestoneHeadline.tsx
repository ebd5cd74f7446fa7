import { formatDate, type IndicatorAsOf } from '@kpi/shared';
import { useI18n } from '../../i18n/useI18n';
import { BasisMark } from '../../ui/BasisMark';

/** A task's state as a word, large, with its due (or done) date and when it was last reported. */
export function MilestoneHeadline({ asOf }: { asOf: IndicatorAsOf }) {
  const { t, locale } = useI18n();
  const figure = asOf.figure?.kind === 'milestone' ? asOf.figure : null;
  if (!figure) return null;
  return (
    <div className="figure">
      <div className="figure__line">
        <p className="figure__value figure__value--word">{t.milestone[figure.state]}</p>
        <BasisMark basis={figure.basis} />
      </div>
      <p className="figure__meta">
        {figure.year !== asOf.year && <span className="figure__year">{t.card.figureOfYear(figure.year)}</span>}
        {figure.date && (
          <span>{figure.state === 'done' ? t.milestones.doneOn(formatDate(figure.date, locale)) : t.milestones.due(formatDate(figure.date, locale))}</span>
        )}
        {figure.asOf && <span>{t.milestones.reported(formatDate(figure.asOf, locale))}</span>}
      </p>
    </div>
  );
}
