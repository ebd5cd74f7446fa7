import { formatDate, formatFigure, type FigureSummary, type Indicator } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';

interface FigureHeadlineProps {
  indicator: Indicator;
  figure: FigureSummary | null;
  /** The year on screen: a figure from an earlier year says which year it is. */
  year: number;
}

/** The figure, large, in the reader's number format; milestones read as a word. */
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
      <p className={figure.kind === 'milestone' ? 'figure__value figure__value--word' : 'figure__value'}>{text}</p>
      <p className="figure__meta">
        {figure.year !== year && <span className="figure__year">{t.card.figureOfYear(figure.year)}</span>}
        {dated && <span className="figure__asof">{t.card.asOf(formatDate(dated, locale))}</span>}
      </p>
    </div>
  );
}
