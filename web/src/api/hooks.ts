import { dashboardSchema, indicatorDetailSchema, indicatorListSchema, sourceListSchema } from '@kpi/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

/** The overview of `year`; `undefined` asks the server for the latest year with data. */
export function useDashboardQuery(year: number | undefined) {
  return useQuery({
    queryKey: queryKeys.dashboard(year),
    queryFn: ({ signal }) => apiGet(year === undefined ? '/api/dashboard' : `/api/dashboard?year=${year}`, dashboardSchema, signal),
    // Switching years keeps the previous cards on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** A second year for the comparison: nothing is fetched until one is chosen. Shares the cache with `useDashboardQuery`. */
export function useComparedDashboardQuery(year: number | undefined) {
  return useQuery({
    queryKey: queryKeys.dashboard(year),
    queryFn: ({ signal }) => apiGet(`/api/dashboard?year=${year}`, dashboardSchema, signal),
    enabled: year !== undefined,
  });
}

export function useIndicatorsQuery() {
  return useQuery({
    queryKey: queryKeys.indicators(),
    queryFn: ({ signal }) => apiGet('/api/indicators', indicatorListSchema, signal),
  });
}

/** One indicator's published series and every target revision (the one in force is marked). */
export function useIndicatorQuery(code: string) {
  return useQuery({
    queryKey: queryKeys.indicator(code),
    queryFn: ({ signal }) => apiGet(`/api/indicators/${encodeURIComponent(code)}`, indicatorDetailSchema, signal),
  });
}

/** Every source document, for the pickers of the entry forms. */
export function useSourcesQuery() {
  return useQuery({
    queryKey: queryKeys.sources(),
    queryFn: ({ signal }) => apiGet('/api/sources', sourceListSchema, signal),
  });
}
