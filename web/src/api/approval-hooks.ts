import { PROVINCE_UNIT, type DraftList, type ObservationState } from '@kpi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { apiGet, apiSend } from './client';
import { queryKeys } from './keys';

/** Figures with a pending draft: the approvers' queue. */
export function useDraftsQuery() {
  return useQuery({
    queryKey: queryKeys.drafts(),
    queryFn: ({ signal }) => apiGet<DraftList>('/api/drafts', signal),
  });
}

export type ReviewAction = { action: 'publish'; version: number } | { action: 'return'; version: number; comment: string };

/** Publish or return a draft; afterwards the queue, the overview, the figure and the inbox are refetched. */
export function useReviewMutation(draft: Pick<ObservationState, 'indicatorCode' | 'year' | 'orgUnit'>) {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  const { indicatorCode: code, year, orgUnit } = draft;
  // A commune's or ward's draft is reviewed under its unit; the province's names none.
  const unit = orgUnit === PROVINCE_UNIT ? '' : `?unit=${encodeURIComponent(orgUnit)}`;
  return useMutation({
    mutationFn: ({ action, ...body }: ReviewAction) =>
      apiSend<ObservationState>('POST', `/api/indicators/${encodeURIComponent(code)}/observations/${year}/${action}${unit}`, body, { locale }),
    // Also after a failure: a 409 means the queue on screen is out of date.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.drafts() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboards() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.observation(code, year, orgUnit) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.indicator(code) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.inbox() }),
      ]),
  });
}
