import type { PeerRanks, ProvinceList, RankingImportPlan, RankingIndex } from '@kpi/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { apiGet, apiUpload } from './client';
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

export interface RankingUpload {
  file: File;
  /** The source a row without `source_id` cites; empty for none. */
  sourceId: string;
}

const importPath = (index: RankingIndex, dryRun: boolean, sourceId: string) =>
  `/api/rankings/${index}/import?${new URLSearchParams({ dryRun: String(dryRun), ...(sourceId ? { sourceId } : {}) }).toString()}`;

/** A ranking table's dry run: every row new, changed, unchanged or refused, in the reader's language; nothing written. */
export function useRankingImportPlanMutation(index: RankingIndex) {
  const { locale } = useI18n();
  return useMutation({
    mutationFn: ({ file, sourceId }: RankingUpload) => apiUpload<RankingImportPlan>(importPath(index, true, sourceId), file, { locale }),
  });
}

/** The run: every row or none (400 with the plan when a row is refused); the peers' ranks are read again after it. */
export function useRankingImportRunMutation(index: RankingIndex) {
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, sourceId }: RankingUpload) => apiUpload<RankingImportPlan>(importPath(index, false, sourceId), file, { locale }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.rankings(index) }),
  });
}
