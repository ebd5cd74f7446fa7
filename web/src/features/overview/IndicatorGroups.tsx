import { formatNumber, groupItems, sortWorstFirst, type DashboardCard, type IndicatorGroupEntry } from '@kpi/shared';
import { useDeferredValue, useMemo } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { IndicatorCard } from './IndicatorCard';
import { MilestoneSection } from '../indicator/MilestoneSection';
import { useServerMarkup } from '../../ui/useServerMarkup';

const isTask = (card: DashboardCard) => card.indicator.kind === 'milestone';

/**
 * The key tasks (milestones) first, in their own section, then the numeric cards grouped by area in
 * the catalogue's order of areas (`groups`, with their names), each area's cards worst first (the
 * furthest behind its target leads); empty areas are left out.
 */
export function IndicatorGroups({ cards, groups, year }: { cards: DashboardCard[]; groups: IndicatorGroupEntry[]; year: number }) {
  // The heading and status counts paint first; the cards follow in a background render that React
  // splits into short slices, so a slow phone never freezes while twenty cards are built. Rendered on
  // the server, the cards are in the first HTML: hydration (which React also slices) takes them as they are.
  const serverMarkup = useServerMarkup();
  const deferred = useDeferredValue<DashboardCard[] | null>(cards, serverMarkup ? cards : null);
  // Right after hydration this renders again (no longer the server's markup): the same elements
  // then, so React skips the twenty cards instead of rendering them again in one long task.
  return useMemo(() => (deferred === null ? null : <Groups cards={deferred} groups={groups} year={year} />), [deferred, groups, year]);
}

/** The sections themselves: they read the language from context, so a switch re-renders them. */
function Groups({ cards, groups, year }: { cards: DashboardCard[]; groups: IndicatorGroupEntry[]; year: number }) {
  const { t, locale } = useI18n();
  return (
    <>
      <MilestoneSection cards={sortWorstFirst(cards.filter(isTask))} year={year} />
      {groupItems(
        groups,
        cards.filter((card) => !isTask(card)),
        (card) => card.indicator.group,
      ).map(({ group, items }) => {
        const inGroup = sortWorstFirst(items);
        const headingId = `group-${group.code}`;
        return (
          <section key={group.code} className="group" aria-labelledby={headingId}>
            <h2 id={headingId} className="group__heading">
              {group.name[locale]}
              <span className="group__count">{t.overview.groupCount(formatNumber(inGroup.length, locale))}</span>
            </h2>
            <div className="card-grid">
              {inGroup.map((card) => (
                <IndicatorCard key={card.indicator.code} card={card} year={year} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
