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
async function fetchOverview(client: QueryClient, year: number | undefined, unit: string | undefined, signal: AbortSignal): Promise<Overview> {
  const params = new URLSearchParams();
  if (year !== undefined) params.set('year', String(year));
  if (unit !== undefined) params.set('unit', unit);
  const query = params.toString();
  const path = query ? `/api/dashboard?${query}` : '/api/dashboard';
  const [dashboard, cached] = await Promise.all([apiGet<Dashboard>(path, signal), client.ensureQueryData(catalogueQuery)]);
  const catalogue = cached.version === dashboard.catalogueVersion ? cached : await client.fetchQuery({ ...catalogueQuery, staleTime: 0 });
  return joinedOverview(dashboard, catalogue);
}

/** The overview of `year` (of a commune or ward with `unit`); `undefined` asks the server for the latest year with data. */
export function useDashboardQuery(year: number | undefined, unit?: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.dashboard(year, unit),
    queryFn: ({ signal }) => fetchOverview(client, year, unit, signal),
    // Switching years keeps the previous cards on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** A second year for the comparison: nothing is fetched until one is chosen. Shares the cache with `useDashboardQuery`. */
export function useComparedDashboardQuery(year: number | undefined, unit?: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.dashboard(year, unit),
    queryFn: ({ signal }) => fetchOverview(client, year, unit, signal),
    enabled: year !== undefined,
  });
}
