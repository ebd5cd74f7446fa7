import { formatNumber, indicatorGroups, type Dashboard } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';
import { IndicatorCard } from './IndicatorCard';
import { MilestoneSection } from './indicator/MilestoneSection';

/**
 * The key tasks (milestones) first, in their own section, then the numeric cards grouped by area in
 * the catalogue's order of areas; empty areas are left out.
 */
export function IndicatorGroups({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const isTask = (card: Dashboard['cards'][number]) => card.indicator.kind === 'milestone';
  return (
    <>
      <MilestoneSection cards={dashboard.cards.filter(isTask)} year={dashboard.year} />
      {indicatorGroups.map((group) => {
        const cards = dashboard.cards.filter((card) => card.indicator.group === group && !isTask(card));
        if (cards.length === 0) return null;
        const headingId = `group-${group}`;
        return (
          <section key={group} className="group" aria-labelledby={headingId}>
            <h2 id={headingId} className="group__heading">
              {t.groups[group]}
              <span className="group__count">{t.overview.groupCount(formatNumber(cards.length, locale))}</span>
            </h2>
            <div className="card-grid">
              {cards.map((card) => (
                <IndicatorCard key={card.indicator.code} card={card} year={dashboard.year} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
