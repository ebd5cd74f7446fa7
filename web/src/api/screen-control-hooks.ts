import type { PairScreenBody, ScreenCommand, ScreenCommandSent, ScreenHealthList } from '@kpi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { apiGet, apiSend } from './client';
import { queryKeys } from './keys';

/** How often the admin's page asks again: a screen going dark or coming back shows within this. */
export const HEALTH_POLL_MS = 10_000;

/** Every screen's presence (admins), polled while the page is open. */
export function useScreenHealthQuery() {
  return useQuery({
    queryKey: [...queryKeys.screens(), 'health'] as const,
    queryFn: ({ signal }) => apiGet<ScreenHealthList>('/api/screen-health', signal),
    refetchInterval: HEALTH_POLL_MS,
  });
}

/** Claims a device's code for a screen; the health and list refetch, the screen's version moved on. */
export function usePairScreenMutation() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: ({ id, ...body }: PairScreenBody & { id: number }) => apiSend<void>('POST', `/api/screens/${id}/pair`, body, { locale }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.screens() }),
  });
}

/** Sends a command through the screen's live stream; the answer says how many streams it reached. */
export function useScreenCommandMutation() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: ({ id, command }: { id: number; command: ScreenCommand }) =>
      apiSend<ScreenCommandSent>('POST', `/api/screens/${id}/commands`, command, { locale }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...queryKeys.screens(), 'health'] }),
  });
}
