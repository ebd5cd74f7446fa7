import type { Session, User } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

/** The signed-in user, or `null` when nobody is: a 401 here is an answer, not an error. */
export function useMeQuery() {
  return useQuery({
    queryKey: queryKeys.me(),
    queryFn: async ({ signal }): Promise<User | null> => (await apiGet<Session>('/api/auth/me', signal)).user,
  });
}
