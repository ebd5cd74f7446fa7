import type { Completeness, Inbox } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

/**
 * What waits for the signed-in user. Only asked once someone is signed in (`enabled`), so the
 * overview's server-rendered first paint and a stranger's visit never fetch it; refreshed every
 * few minutes while the page stays open, as figures are entered and approved meanwhile.
 */
export function useInboxQuery(enabled = true) {
  return useQuery({
    queryKey: queryKeys.inbox(),
    queryFn: ({ signal }) => apiGet<Inbox>('/api/inbox', signal),
    enabled,
    refetchInterval: 5 * 60_000,
  });
}

/** A year's completeness, by indicator and by unit (approvers). */
export function useCompletenessQuery(year: number) {
  return useQuery({
    queryKey: queryKeys.completeness(year),
    queryFn: ({ signal }) => apiGet<Completeness>(`/api/completeness?year=${year}`, signal),
  });
}
