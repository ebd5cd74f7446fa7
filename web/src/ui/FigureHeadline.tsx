import { formatDate, formatFigure, type FigureSummary, type Indicator } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';
import { BasisMark } from './BasisMark';

interface FigureHeadlineProps {
  indicator: Indicator;
  figure: FigureSummary | null;
  /** The year on screen: a figure from an earlier year says which year it is. */
  year: number;
}

/**
 * The figure, large, in the reader's number format; milestones read as a word. Beside the value,
 * in the same line: the mark of a figure its source does not state as such, and the year of a
 * figure older than the year on screen, as a badge: read as this year's result, a figure of 2018
 * would mislead a leader more than no figure at all.
 */
export function FigureHeadline({ indicator, figure, year }: FigureHeadlineProps) {
  const { t, locale } = useI18n();
  if (!figure) {
    return (
      <div className="figure">
        <p className="figure__value figure__value--none">{t.card.noFigure}</p>
      </div>
    );
  }
  const text = figure.kind === 'milestone' ? t.milestone[figure.state] : formatFigure(figure, indicator, locale);
  const dated = figure.kind === 'milestone' ? figure.date : figure.asOf;
  return (
    <div className="figure">
      <div className="figure__line">
        <p className={figure.kind === 'milestone' ? 'figure__value figure__value--word' : 'figure__value'}>{text}</p>
        <BasisMark basis={figure.basis} />
        {figure.year < year && <p className="figure__year figure__year--old">{t.card.figureOfYear(figure.year)}</p>}
      </div>
      {dated && (
        <p className="figure__meta">
          <span className="figure__asof">{t.card.asOf(formatDate(dated, locale))}</span>
        </p>
      )}
    </div>
  );
}
