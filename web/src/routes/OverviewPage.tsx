import { useDashboardQuery } from '../api/hooks';
import { Header } from '../components/Header';
import { IndicatorGroups } from '../components/IndicatorGroups';
import { OverviewSummary } from '../components/OverviewSummary';
import { QueryState } from '../components/QueryState';
import { useYearParam } from './useYearParam';

export function OverviewPage() {
  const [year] = useYearParam();
  const query = useDashboardQuery(year);
  return (
    <>
      <Header yearPicker={{ years: query.data?.years, year: query.data?.year ?? year }} />
      <main className="page" aria-busy={query.isFetching}>
        <QueryState query={query} isEmpty={(d) => d.cards.length === 0}>
          {(dashboard) => (
            <>
              <OverviewSummary dashboard={dashboard} refreshing={query.isPlaceholderData} />
              <IndicatorGroups dashboard={dashboard} />
            </>
          )}
        </QueryState>
      </main>
    </>
  );
}
