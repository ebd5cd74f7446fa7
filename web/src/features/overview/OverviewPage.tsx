import { PageMain } from '../../ui/PageMain';
import { countByStatus, formatNumber, indicatorMatches, type DashboardCard, type Overview, type OverviewFilters } from '@kpi/shared';
import { useComparedDashboardQuery, useDashboardQuery } from '../../api/dashboard-hooks';
import { Header } from '../../ui/header/Header';
import { IndicatorGroups } from './IndicatorGroups';
import { FilterBar } from './FilterBar';
import { OverviewSummary } from './OverviewSummary';
import { QueryState } from '../../ui/QueryState';
import { useI18n } from '../../i18n/useI18n';
import './overview.css';
import { useOverviewFilters } from './useOverviewFilters';
import { useYearParam } from '../../ui/useYearParam';
import { useRevealOnRequest } from './useRevealOnRequest';
import { UnitSwitch } from './UnitSwitch';
import { useUnitParam } from './useUnitParam';
import { lazy, Suspense, useEffect } from 'react';

/**
 * The comparison with another year, only on request: its code comes then, fetched beside the other
 * year's figures, not in every reader's first load.
 */
const loadCompareTable = () => import('./CompareTable');
const CompareTable = lazy(() => loadCompareTable().then((m) => ({ default: m.CompareTable })));

/** Cards of the chosen area that answer the search: the set the status strip counts. */
function inScope(cards: DashboardCard[], { group, q }: OverviewFilters): DashboardCard[] {
  return cards.filter((card) => (group === undefined || card.indicator.group === group) && indicatorMatches(card.indicator, q ?? ''));
}

function OverviewBody({
  dashboard,
  refreshing,
  unit,
  setUnit,
}: {
  dashboard: Overview;
  refreshing: boolean;
  unit: string | undefined;
  setUnit: (unit: string | undefined) => void;
}) {
  const { t, locale } = useI18n();
  const [asked, setFilters] = useOverviewFilters();
  // A group the catalogue does not list (an old link, a typo) is dropped, as any value that does not parse is.
  const filters = asked.group === undefined || dashboard.groups.some((group) => group.code === asked.group) ? asked : { ...asked, group: undefined };
  const compared = useComparedDashboardQuery(filters.compare === dashboard.year ? undefined : filters.compare, unit);
  const scoped = inScope(dashboard.cards, filters);
  const shown = filters.status === undefined ? scoped : scoped.filter((card) => card.status.status === filters.status);
  const [resultRef, showResult] = useRevealOnRequest<HTMLParagraphElement>();
  const comparing = filters.compare !== undefined;
  useEffect(() => {
    if (comparing) void loadCompareTable();
  }, [comparing]);
  const compareLoading = filters.compare !== undefined && <p role="status">{t.filters.compareLoading(filters.compare)}</p>;
  return (
    <>
      <OverviewSummary
        dashboard={dashboard}
        refreshing={refreshing}
        strip={{
          counts: countByStatus(scoped),
          active: filters.status,
          onSelect: (status) => {
            setFilters({ status });
            // A phone's reader tapped a tile to see those cards: take them there (and focus with them).
            if (status !== undefined) showResult();
          },
        }}
      />
      <FilterBar filters={filters} setFilters={setFilters} year={dashboard.year} years={dashboard.years} groups={dashboard.groups}>
        {/* With the filters, folded away on a phone: the province's first screen stays the tiles and the first card. */}
        {unit === undefined && <UnitSwitch unit={unit} onChange={setUnit} />}
      </FilterBar>
      <p className="filter-result" role="status" tabIndex={-1} ref={resultRef}>
        {filters.status && `${t.filters.statusActive(t.status[filters.status])}. `}
        {t.filters.showing(formatNumber(shown.length, locale), formatNumber(dashboard.cards.length, locale))}
      </p>
      {shown.length === 0 ? (
        <p className="state-panel">{t.filters.noMatch}</p>
      ) : filters.compare !== undefined && compared.data ? (
        <Suspense fallback={compareLoading}>
          <CompareTable cards={shown} year={dashboard.year} otherCards={compared.data.cards} otherYear={compared.data.year} />
        </Suspense>
      ) : (
        <>
          {compared.isFetching && compareLoading}
          {filters.compare !== undefined && compared.isError && <p role="alert">{t.filters.compareFailed(filters.compare)}</p>}
          <IndicatorGroups cards={shown} groups={dashboard.groups} year={dashboard.year} />
        </>
      )}
    </>
  );
}

export function OverviewPage() {
  const [year] = useYearParam();
  const [unit, setUnit] = useUnitParam();
  const query = useDashboardQuery(year, unit);
  return (
    <>
      <Header yearPicker={{ years: query.data?.years, year: query.data?.year ?? year }} />
      <PageMain busy={query.isFetching}>
        {/* A commune chosen: which one, and the way back, come first. */}
        {unit !== undefined && <UnitSwitch unit={unit} onChange={setUnit} />}
        <QueryState query={query} isEmpty={(d) => d.cards.length === 0}>
          {(dashboard) => <OverviewBody dashboard={dashboard} refreshing={query.isPlaceholderData} unit={unit} setUnit={setUnit} />}
        </QueryState>
      </PageMain>
    </>
  );
}
