import type { Catalogue, Dashboard, Overview } from '@kpi/shared';
import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiGet } from './client';
import { joinedOverview } from './overview';
import { queryKeys } from './keys';

/** The names the dashboard's cards refer to: fetched once and again only when the dashboard says it changed. */
const catalogueQuery = {
  queryKey: queryKeys.catalogue(),
  queryFn: ({ signal }: { signal: AbortSignal }) => apiGet<Catalogue>('/api/catalogue', signal),
};

/**
 * A year's dashboard joined with the catalogue, both fetched side by side. The catalogue changes
 * rarely: a cached one serves until a dashboard arrives built with another version.
 */
async function fetchOverview(client: QueryClient, year: number | undefined, signal: AbortSignal): Promise<Overview> {
  const path = year === undefined ? '/api/dashboard' : `/api/dashboard?year=${year}`;
  const [dashboard, cached] = await Promise.all([apiGet<Dashboard>(path, signal), client.ensureQueryData(catalogueQuery)]);
  const catalogue = cached.version === dashboard.catalogueVersion ? cached : await client.fetchQuery({ ...catalogueQuery, staleTime: 0 });
  return joinedOverview(dashboard, catalogue);
}

/** The overview of `year`; `undefined` asks the server for the latest year with data. */
export function useDashboardQuery(year: number | undefined) {
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.dashboard(year),
    queryFn: ({ signal }) => fetchOverview(client, year, signal),
    // Switching years keeps the previous cards on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** A second year for the comparison: nothing is fetched until one is chosen. Shares the cache with `useDashboardQuery`. */
export function useComparedDashboardQuery(year: number | undefined) {
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.dashboard(year),
    queryFn: ({ signal }) => fetchOverview(client, year, signal),
    enabled: year !== undefined,
  });
}
