import type { Me, Session, User } from '@kpi/shared';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { apiGet, apiSend } from './client';
import { queryKeys } from './keys';

/** Data only signed-in staff may see: dropped at sign-out so the next person cannot glimpse it. */
function dropPrivateQueries(queryClient: QueryClient) {
  const keys = [
    queryKeys.drafts(),
    queryKeys.observations(),
    queryKeys.users(),
    queryKeys.audits(),
    queryKeys.importJobs(),
    queryKeys.screens(),
    queryKeys.inbox(),
  ];
  for (const key of keys) {
    queryClient.removeQueries({ queryKey: key });
  }
}

/** Everything but the session itself: refetched as the new user (drafts preview, roles). */
const notMe = { predicate: (query: { queryKey: readonly unknown[] }) => query.queryKey[1] !== 'me' };

/** The signed-in user, or `null` when nobody is: a 401 here is an answer, not an error. */
export function useMeQuery() {
  return useQuery({
    queryKey: queryKeys.me(),
    queryFn: async ({ signal }): Promise<User | null> => (await apiGet<Session>('/api/auth/me', signal)).user,
  });
}

export interface Credentials {
  username: string;
  password: string;
}

export function useLoginMutation() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (credentials: Credentials) => apiSend<Me>('POST', '/api/auth/login', credentials, { locale }),
    onSuccess: ({ user }) => {
      dropPrivateQueries(queryClient);
      queryClient.setQueryData(queryKeys.me(), user);
      void queryClient.invalidateQueries(notMe);
    },
  });
}

/** After it, a page that needs a role asks to sign in again (and returns to itself): the next person at a shared desk. */
export function useLogoutMutation() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: () => apiSend<void>('POST', '/api/auth/logout', {}, { locale }),
    onSuccess: () => {
      dropPrivateQueries(queryClient);
      queryClient.setQueryData(queryKeys.me(), null);
      void queryClient.invalidateQueries(notMe);
    },
  });
}
