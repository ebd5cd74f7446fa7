import type { MailPreferences, MailPreferencesBody, MailStatus, MyMail } from '@kpi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { apiGet, apiSend } from './client';
import { queryKeys } from './keys';

export function useMailStatusQuery() {
  return useQuery({ queryKey: queryKeys.mailStatus(), queryFn: ({ signal }) => apiGet<MailStatus>('/api/mail/status', signal) });
}

/** Queues a test message to the admin's own address; the status refreshes to show it in the outbox. */
export function useSendTestMailMutation() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: () => apiSend<{ recipient: string }>('POST', '/api/mail/test', {}, { locale }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.mailStatus() }),
  });
}

export function useMyMailQuery() {
  return useQuery({ queryKey: queryKeys.myMail(), queryFn: ({ signal }) => apiGet<MyMail>('/api/me/mail', signal) });
}

/** The user's own address and choices; the account's version moves, so the session refetches too. */
export function useSaveMyMailMutation() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (body: MailPreferencesBody) => apiSend<MyMail>('PUT', '/api/me/mail', body, { locale }),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.myMail(), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me() }),
  });
}

/** An admin sets an account's address and choices; the list refetches (its version moved). */
export function useSaveUserMailMutation() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: ({ username, ...body }: { username: string } & MailPreferencesBody) =>
      apiSend<MailPreferences>('PUT', `/api/users/${encodeURIComponent(username)}/mail`, body, { locale }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.users() }),
  });
}
