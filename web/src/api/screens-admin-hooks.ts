import type { Locale, Screen, ScreenIssued, ScreenList, ScreenSettings } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import { useRefreshingMutation } from './refreshing-mutation';
import { queryKeys } from './keys';

/** Every meeting-room screen (admins). Tokens are never in it: only a create or re-issue shows one. */
export function useScreensQuery() {
  return useQuery({
    queryKey: queryKeys.screens(),
    queryFn: ({ signal }) => apiGet<ScreenList>('/api/screens', signal),
  });
}

/** Every screen change refetches the list (refreshing-mutation.ts). */
const useScreensMutation = <V, R>(send: (variables: V, locale: Locale) => Promise<R>) => useRefreshingMutation(send, [queryKeys.screens()]);

const screenPath = (id: number) => `/api/screens/${id}`;

export function useCreateScreenMutation() {
  return useScreensMutation((settings: ScreenSettings, locale) => apiSend<ScreenIssued>('POST', '/api/screens', settings, { locale }));
}

export interface ScreenChange extends Partial<ScreenSettings> {
  id: number;
  version: number;
}

export function useUpdateScreenMutation() {
  return useScreensMutation(({ id, ...body }: ScreenChange, locale) => apiSend<Screen>('PATCH', screenPath(id), body, { locale }));
}

export interface ScreenVersion {
  id: number;
  version: number;
}

/** A new token: the old URL stops working, and the answer carries the new one (shown once). */
export function useReissueScreenTokenMutation() {
  return useScreensMutation(({ id, version }: ScreenVersion, locale) => apiSend<ScreenIssued>('POST', `${screenPath(id)}/token`, { version }, { locale }));
}

export function useRevokeScreenMutation() {
  return useScreensMutation(({ id, version }: ScreenVersion, locale) => apiSend<Screen>('POST', `${screenPath(id)}/revoke`, { version }, { locale }));
}
