import type { CataloguePlan, DefinitionList, DefinitionState, IndicatorDefinition } from '@kpi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { ApiError, apiGet, apiSend, apiUpload } from './client';
import { queryKeys } from './keys';

const path = (code: string) => `/api/indicator-definitions/${encodeURIComponent(code)}`;

export function useDefinitionsQuery(enabled = true) {
  return useQuery({
    enabled,
    queryKey: queryKeys.definitions(),
    queryFn: ({ signal }) => apiGet<DefinitionList>('/api/indicator-definitions', signal),
  });
}

/** One indicator's entry; a code never proposed answers version 0 (a new indicator). */
export function useDefinitionQuery(code: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: queryKeys.definition(code),
    queryFn: ({ signal }) => apiGet<DefinitionState>(path(code), signal),
  });
}

/**
 * Every definition write answers the entry as it is after it (a 409 too, as `current`): that goes
 * into the cache at once; the list refetches, and a publication reaches the public catalogue, cards
 * and pages too.
 */
function useDefinitionMutation<V extends { code: string }>(send: (variables: V, locale: 'vi' | 'en') => Promise<DefinitionState>, publishes = false) {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (variables: V) => send(variables, locale),
    onSuccess: (state) => queryClient.setQueryData(queryKeys.definition(state.code), state),
    // A 409 carries the entry as it is now: the page shows it, and the next try names its version.
    onError: (error) => {
      const current = error instanceof ApiError && error.status === 409 ? (error.body as { current?: DefinitionState } | undefined)?.current : undefined;
      if (current) queryClient.setQueryData(queryKeys.definition(current.code), current);
    },
    onSettled: (_data, _error, variables) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.definitions(), exact: true });
      if (publishes) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.catalogue() });
        void queryClient.invalidateQueries({ queryKey: queryKeys.dashboards() });
        void queryClient.invalidateQueries({ queryKey: queryKeys.indicator(variables.code) });
      }
    },
  });
}

export function useSaveDefinitionMutation() {
  return useDefinitionMutation(({ code, version, definition }: { code: string; version: number; definition: IndicatorDefinition }, locale) =>
    apiSend<DefinitionState>('PUT', path(code), { version, definition }, { locale }),
  );
}

export function usePublishDefinitionMutation() {
  return useDefinitionMutation(
    ({ code, version }: { code: string; version: number }, locale) => apiSend<DefinitionState>('POST', `${path(code)}/publish`, { version }, { locale }),
    true,
  );
}

export function useReturnDefinitionMutation() {
  return useDefinitionMutation(({ code, version, comment }: { code: string; version: number; comment: string }, locale) =>
    apiSend<DefinitionState>('POST', `${path(code)}/return`, { version, comment }, { locale }),
  );
}

export function useRetireDefinitionMutation() {
  return useDefinitionMutation(({ code, version, fromYear }: { code: string; version: number; fromYear: number }, locale) =>
    apiSend<DefinitionState>('POST', `${path(code)}/retire`, { version, fromYear }, { locale }),
  );
}

/** A catalogue file as JSON (already parsed), or as an XLSX workbook sent as it is. */
export type CatalogueUpload = { file: unknown } | { workbook: File };
export type CatalogueImport = CatalogueUpload & { dryRun: boolean };

/**
 * A catalogue file tried (`dryRun`) or imported. An import refused as a whole answers 422 with the
 * plan (`error.body.plan`); one written changes the list, and targets reach the public pages.
 */
export function useCatalogueImportMutation() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (input: CatalogueImport) =>
      'workbook' in input
        ? apiUpload<CataloguePlan>(`/api/catalogue/import.xlsx?dryRun=${input.dryRun}`, input.workbook, { locale })
        : apiSend<CataloguePlan>('POST', '/api/catalogue/import', { file: input.file, dryRun: input.dryRun }, { locale }),
    onSuccess: (plan) => {
      if (!plan.applied) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.definitions() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboards() });
      // An admin's import may have added or renamed groups.
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicatorGroups() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.catalogue() });
    },
  });
}
