import type { EntryWarningCode, ImportJob, ImportPlan } from '@kpi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ApiError, apiGet, apiUpload } from './client';
import { queryKeys } from './keys';

/** The dry run: every row of the file classified, nothing written. */
export function useImportPlanMutation() {
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (file: File) => apiUpload<ImportPlan>('/api/imports?dryRun=true', file, { locale }),
  });
}

export interface ImportRun {
  file: File;
  acknowledge: readonly EntryWarningCode[];
  /** The dry run's basis: the server refuses (409) when the file or a figure changed since. */
  basis: string;
}

/** The real run: 202 with a job, or a refusal (400, 409, 413, 415, 422) that wrote nothing. */
export function useRunImportMutation() {
  const { locale } = useI18n();
  return useMutation({
    mutationFn: ({ file, acknowledge, basis }: ImportRun) => {
      const params = new URLSearchParams({ acknowledge: acknowledge.join(','), basis });
      return apiUpload<ImportJob>(`/api/imports?${params.toString()}`, file, { locale });
    },
  });
}

const POLL_MS = 500;

/** A running import, polled every 500 ms until it succeeds or fails; then the drafts are refetched. */
export function useImportJobQuery(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.importJob(id),
    queryFn: ({ signal }) => apiGet<ImportJob>(`/api/imports/${encodeURIComponent(id)}`, signal),
    refetchInterval: (q) => {
      if (q.state.data && q.state.data.status !== 'running') return false;
      // A restarted server forgets its jobs: polling on would never end.
      if (q.state.error instanceof ApiError && q.state.error.status === 404) return false;
      return POLL_MS;
    },
  });
  const succeeded = query.data?.status === 'succeeded';
  useEffect(() => {
    if (!succeeded) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.drafts() });
    void queryClient.invalidateQueries({ queryKey: queryKeys.observations() });
  }, [succeeded, queryClient]);
  return query;
}
