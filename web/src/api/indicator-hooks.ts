import type { IndicatorDetail, IndicatorList, UnitBreakdown } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

export function useIndicatorsQuery() {
  return useQuery({
    queryKey: queryKeys.indicators(),
    queryFn: ({ signal }) => apiGet<IndicatorList>('/api/indicators', signal),
  });
}

/**
 * One indicator: its published series, every target revision (the one in force is marked) and
 * `asOf` for `year` (the latest year with data when undefined). Keyed under
 * `queryKeys.indicator(code)`, so a publication that invalidates the indicator refreshes every year.
 */
export function useIndicatorQuery(code: string, year?: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: queryKeys.indicatorAsOf(code, year),
    queryFn: ({ signal }) => {
      const path = `/api/indicators/${encodeURIComponent(code)}`;
      return apiGet<IndicatorDetail>(year === undefined ? path : `${path}?year=${year}`, signal);
    },
    // Changing the year keeps the indicator on screen until the new explanation arrives; another
    // indicator never stands in for the one asked for.
    placeholderData: (previous) => (previous?.indicator.code === code ? previous : undefined),
  });
}

/** One indicator's communes and wards for `year`, furthest behind first, and the province from its parts. */
export function useUnitBreakdownQuery(code: string, year: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: queryKeys.indicatorUnits(code, year),
    queryFn: ({ signal }) => apiGet<UnitBreakdown>(`/api/indicators/${encodeURIComponent(code)}/units?year=${year}`, signal),
  });
}
