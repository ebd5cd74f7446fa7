import type { CreateIndicatorGroupBody, IndicatorGroupEntry, IndicatorGroupList, UpdateIndicatorGroupBody } from '@kpi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { apiGet, apiSend } from './client';
import { queryKeys } from './keys';

/** The groups in the department's order, for the pages that list indicators by group outside the overview. */
export function useIndicatorGroupsQuery() {
  return useQuery({
    queryKey: queryKeys.indicatorGroups(),
    queryFn: ({ signal }) => apiGet<IndicatorGroupList>('/api/indicator-groups', signal),
  });
}

/** The groups once loaded, else none: callers head sections by code meanwhile (`groupItems`). */
export function useIndicatorGroups(): IndicatorGroupEntry[] {
  return useIndicatorGroupsQuery().data?.groups ?? [];
}

/**
 * Every group change refetches the list (versions move on, and a 409 needs the current row) and
 * whatever shows group names: the catalogue (the overview's and screens' headings) and the review.
 */
function useGroupMutation<V>(send: (variables: V, locale: 'vi' | 'en') => Promise<IndicatorGroupEntry>) {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (variables: V) => send(variables, locale),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicatorGroups() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.catalogue() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboards() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews() });
    },
  });
}

export function useCreateGroupMutation() {
  return useGroupMutation((body: CreateIndicatorGroupBody, locale) => apiSend<IndicatorGroupEntry>('POST', '/api/indicator-groups', body, { locale }));
}

export function useUpdateGroupMutation() {
  return useGroupMutation(({ code, ...body }: { code: string } & UpdateIndicatorGroupBody, locale) =>
    apiSend<IndicatorGroupEntry>('PUT', `/api/indicator-groups/${encodeURIComponent(code)}`, body, { locale }),
  );
}
