import { changeSince, sortWorstFirst, type DashboardCard, type Indicator } from '@kpi/shared';
import { useI18n } from '../../i18n/useI18n';
import { changeText } from '../../ui/ChangeLabel';
import { figureText } from '../../ui/figure-text';
import { StatusBadge } from '../../ui/StatusBadge';
import { BasisMark } from '../../ui/BasisMark';

interface CompareTableProps {
  /** The cards on screen (already filtered), of `year`. */
  cards: DashboardCard[];
  year: number;
  /** Every card of the comparison year, matched to `cards` by indicator code. */
  otherCards: DashboardCard[];
  otherYear: number;
}

/** Each cell names its column (`data-label`): on a phone the rows stack and the headers are out of sight. */
function FigureCell({ card, year }: { card: DashboardCard | undefined; year: number }) {
  const { t, locale } = useI18n();
  const label = t.filters.compareYear(year);
  if (!card?.figure) return <td data-label={label}>{t.filters.noFigure}</td>;
  const text = figureText(card.figure, card.indicator, t, locale);
  return (
    <td data-label={label}>
      {card.figure.year === year ? text : t.filters.figureOfYear(text, card.figure.year)}
      <BasisMark basis={card.figure.basis} spaced />
      <span className="compare__status">
        <StatusBadge {...card.status} />
      </span>
    </td>
  );
}

function ChangeCell({ indicator, from, to, label }: { indicator: Indicator; from: DashboardCard | undefined; to: DashboardCard; label: string }) {
  const { t, locale } = useI18n();
  const change = changeSince(indicator, from?.figure ?? null, to.figure);
  return <td data-label={label}>{change ? changeText(change, indicator, t, locale) : '–'}</td>;
}

/** Two years side by side: each indicator's figure and status in both, and the change between them. */
export function CompareTable({ cards, year, otherCards, otherYear }: CompareTableProps) {
  const { t, locale } = useI18n();
  const byCode = new Map(otherCards.map((card) => [card.indicator.code, card]));
  const [earlier, later] = otherYear < year ? [otherYear, year] : [year, otherYear];
  const headingId = 'compare-heading';
  const changeLabel = t.filters.compareChange(earlier, later);
  return (
    <section className="compare" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.filters.compareHeading(earlier, later)}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t.filters.compareIndicator}</th>
            <th scope="col">{t.filters.compareYear(earlier)}</th>
            <th scope="col">{t.filters.compareYear(later)}</th>
            <th scope="col">{changeLabel}</th>
          </tr>
        </thead>
        <tbody>
          {sortWorstFirst(cards).map((card) => {
            const other = byCode.get(card.indicator.code);
            const [from, to] = otherYear < year ? [other, card] : [card, other];
            return (
              <tr key={card.indicator.code}>
                <th scope="row">{card.indicator.name[locale]}</th>
                <FigureCell card={from} year={earlier} />
                <FigureCell card={to} year={later} />
                {to ? <ChangeCell indicator={card.indicator} from={from} to={to} label={changeLabel} /> : <td data-label={changeLabel}>–</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
