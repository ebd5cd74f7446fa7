import type { Completeness, Inbox } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

/** How often an open page asks for the inbox again: figures are entered and approved meanwhile. */
export const INBOX_POLL_MS = 5 * 60_000;

/**
 * What waits for the signed-in user, asked only by components rendered for someone signed in, so
 * the overview's server-rendered first paint and a stranger's visit never fetch it. Every page
 * renders its own header, so the header's count remounts on each page change: fresh for the whole
 * poll interval and not refetched on focus, it costs one request per interval, not one per page.
 * The user's own saves and reviews invalidate it at once.
 */
export function useInboxQuery() {
  return useQuery({
    queryKey: queryKeys.inbox(),
    queryFn: ({ signal }) => apiGet<Inbox>('/api/inbox', signal),
    staleTime: INBOX_POLL_MS,
    refetchOnWindowFocus: false,
    refetchInterval: INBOX_POLL_MS,
  });
}

/** A year's completeness, by indicator and by unit (approvers). */
export function useCompletenessQuery(year: number) {
  return useQuery({
    queryKey: queryKeys.completeness(year),
    queryFn: ({ signal }) => apiGet<Completeness>(`/api/completeness?year=${year}`, signal),
  });
}
