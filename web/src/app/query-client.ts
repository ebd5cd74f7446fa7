import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { queryKeys } from '../api/keys';

/** The app's query cache: figures change a few times a year, so a minute of freshness is plenty. */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // A 401 anywhere means the session ended (idle timeout, password reset): ask who is signed in,
    // and the pages that need a role send the reader to sign in again.
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401) void queryClient.invalidateQueries({ queryKey: queryKeys.me() });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: true,
        // A 4xx will not change by asking again; network faults and 5xx may.
        retry: (failures, error) => failures < 3 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
  return queryClient;
}
