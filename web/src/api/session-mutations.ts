import type { Me } from '@kpi/shared';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { apiSend } from './client';
import { queryKeys } from './keys';

/*
 * Signing in and out, apart from the session's query (session-hooks.ts): the header of every page
 * reads who is signed in, but only the sign-in page and the signed-in chunk change it, so TanStack
 * Query's mutations stay out of a leader's first load.
 */

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
