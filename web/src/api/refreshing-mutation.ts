import type { Locale } from '@kpi/shared';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';

/**
 * A write sent in the reader's language (its refusals come back in it) after which, done or
 * refused, the queries under `refreshes` are fetched again: versions move on, and a 409 needs the
 * current row. The mutation settles once the lists on screen have their new rows.
 */
export function useRefreshingMutation<V, R>(send: (variables: V, locale: Locale) => Promise<R>, refreshes: readonly QueryKey[]) {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (variables: V) => send(variables, locale),
    onSettled: () => Promise.all(refreshes.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
