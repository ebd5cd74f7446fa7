import type { CreateIndicatorGroupBody, IndicatorGroupEntry, IndicatorGroupList, UpdateIndicatorGroupBody, Locale } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import { useRefreshingMutation } from './refreshing-mutation';
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
const useGroupMutation = <V>(send: (variables: V, locale: Locale) => Promise<IndicatorGroupEntry>) =>
  useRefreshingMutation(send, [queryKeys.indicatorGroups(), queryKeys.catalogue(), queryKeys.dashboards(), queryKeys.reviews()]);

export function useCreateGroupMutation() {
  return useGroupMutation((body: CreateIndicatorGroupBody, locale) => apiSend<IndicatorGroupEntry>('POST', '/api/indicator-groups', body, { locale }));
}

export function useUpdateGroupMutation() {
  return useGroupMutation(({ code, ...body }: { code: string } & UpdateIndicatorGroupBody, locale) =>
    apiSend<IndicatorGroupEntry>('PUT', `/api/indicator-groups/${encodeURIComponent(code)}`, body, { locale }),
  );
}
