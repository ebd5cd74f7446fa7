import type { Account, AuditList, CreateUserBody, ResetPasswordBody, Role, User, UserList, Locale } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import { useRefreshingMutation } from './refreshing-mutation';
import { queryKeys, type AuditFilters } from './keys';

export function useUsersQuery() {
  return useQuery({
    queryKey: queryKeys.users(),
    queryFn: ({ signal }) => apiGet<UserList>('/api/users', signal),
  });
}

/** Every user change refetches the list (refreshing-mutation.ts). */
const useUsersMutation = <V, R>(send: (variables: V, locale: Locale) => Promise<R>) => useRefreshingMutation(send, [queryKeys.users()]);

export function useCreateUserMutation() {
  return useUsersMutation((body: CreateUserBody, locale) => apiSend<User>('POST', '/api/users', body, { locale }));
}

export interface UserChange {
  username: string;
  version: number;
  role?: Role;
  disabled?: boolean;
  /** A commune or ward's code to limit an analyst to; null for the whole province. */
  unit?: string | null;
}

export function useUpdateUserMutation() {
  return useUsersMutation(({ username, ...body }: UserChange, locale) =>
    apiSend<User>('PATCH', `/api/users/${encodeURIComponent(username)}`, body, { locale }),
  );
}

/** A new password, with the version the admin saw: a 409 if the account changed meanwhile. */
export function useResetPasswordMutation() {
  return useUsersMutation(({ username, ...body }: { username: string } & ResetPasswordBody, locale) =>
    apiSend<void>('POST', `/api/users/${encodeURIComponent(username)}/password`, body, { locale }),
  );
}

/** Lifts a sign-in lock or back-off, and clears the failed sign-ins. */
export function useUnlockUserMutation() {
  return useUsersMutation((username: string, locale) => apiSend<Account>('POST', `/api/users/${encodeURIComponent(username)}/unlock`, {}, { locale }));
}

/** The audit trail, filtered; empty filters are left out of the address. */
export function useAuditQuery(filters: AuditFilters) {
  return useQuery({
    queryKey: queryKeys.audit(filters),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
      const query = params.toString();
      return apiGet<AuditList>(query ? `/api/audit?${query}` : '/api/audit', signal);
    },
  });
}
