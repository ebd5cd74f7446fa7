import type { PeerRanks, ProvinceList, RankingIndex } from '@kpi/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

export function useProvincesQuery() {
  return useQuery({
    queryKey: queryKeys.provinces(),
    queryFn: ({ signal }) => apiGet<ProvinceList>('/api/provinces', signal),
    // The provinces change by resolution, not by the minute.
    staleTime: Infinity,
  });
}

/** Lạng Sơn's and the chosen peers' ranks by year; the last answer stays on screen while another set loads. */
export function usePeerRanksQuery(index: RankingIndex, provinces: readonly string[], top?: number) {
  return useQuery({
    queryKey: queryKeys.peerRanks(index, provinces, top),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      if (provinces.length) params.set('provinces', provinces.join(','));
      if (top !== undefined) params.set('top', String(top));
      return apiGet<PeerRanks>(`/api/rankings/${index}?${params}`, signal);
    },
    placeholderData: keepPreviousData,
  });
}
