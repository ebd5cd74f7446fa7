import { QueryClient } from '@tanstack/react-query';

/** The app's query cache: figures change a few times a year, so a minute of freshness is plenty. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, refetchOnWindowFocus: true },
    },
  });
}
