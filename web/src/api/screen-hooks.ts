import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './keys';
import { fetchScreenContent, isScreenDisabled } from './screen-content';

/** The safety net under the event stream: a missed event is caught within a minute. */
export const POLL_MS = 60_000;

/**
 * A screen's content, refetched when the event stream says so (see features/screen/useScreenEvents.ts) and polled every
 * minute. No retries of its own: a failed fetch shows at once as "connection lost" over the last data
 * (TanStack keeps `data` on error), and the stream's reconnection or the next poll brings it back.
 */
export function useScreenContent(id: number, token: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.screenContent(id, token),
    queryFn: ({ signal }) => fetchScreenContent(id, token, signal),
    enabled,
    retry: false,
    // The one thing that decides freshness here is the stream; focus means nothing on a wall screen.
    refetchOnWindowFocus: false,
    refetchInterval: (query) => (isScreenDisabled(query.state.error) ? false : POLL_MS),
    refetchIntervalInBackground: true,
  });
}
