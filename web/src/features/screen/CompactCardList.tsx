import { formatFigure, type DashboardCard } from '@kpi/shared';
import { STATUS_ICONS } from '../../ui/status-meta';
import { useI18n } from '../../i18n/useI18n';
import { BasisMark } from '../../ui/BasisMark';

/**
 * Indicators that do not get a tile (nothing published yet, or more than a slide holds), one line
 * each: name, figure if any, and the status as icon and word.
 */
export function CompactCardList({ cards, heading }: { cards: DashboardCard[]; heading: string }) {
  const { t, locale } = useI18n();
  if (!cards.length) return null;
  return (
    <section className="screen-compact">
      <h3 className="screen-compact__heading">{heading}</h3>
      <ul className="screen-compact__list">
        {cards.map(({ indicator, figure, status }) => (
          <li key={indicator.code} className={`screen-compact__item status--${status.status}`}>
            <span className="screen-compact__name">{indicator.name[locale]}</span>
            {figure && figure.kind !== 'milestone' && <span className="screen-compact__figure">{formatFigure(figure, indicator, locale)}</span>}
            {figure && <BasisMark basis={figure.basis} />}
            <span className="screen-compact__status">
              <span aria-hidden="true">{STATUS_ICONS[status.status]} </span>
              {t.status[status.status]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
