import type { IndicatorDetail } from '@kpi/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

/**
 * One indicator for its page, with `asOf` for `year` (the latest year with data when undefined).
 * Keyed under `queryKeys.indicator(code)`, so a publication that invalidates the indicator
 * refreshes every year of its page too.
 */
export function useIndicatorPageQuery(code: string, year: number | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...queryKeys.indicator(code), 'as-of', year ?? 'latest'] as const,
    queryFn: ({ signal }) => {
      const path = `/api/indicators/${encodeURIComponent(code)}`;
      return apiGet<IndicatorDetail>(year === undefined ? path : `${path}?year=${year}`, signal);
    },
    // Changing the year keeps the page on screen until the new explanation arrives.
    placeholderData: keepPreviousData,
  });
}
