import {
  PROVINCE_UNIT,
  type FigureEntry,
  type NewSource,
  type ObservationState,
  type SaveResult,
  type Source,
  type SourceFile,
  type SourceList,
  type TargetEntry,
  type TargetSaved,
  type YearEntryStates,
} from '@kpi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { apiGet, apiSend, apiUpload } from './client';
import { queryKeys } from './keys';

/** A figure's address; a commune's or ward's figure names its unit, the province's none. */
export const observationPath = (code: string, year: number, unit: string = PROVINCE_UNIT) =>
  `/api/indicators/${encodeURIComponent(code)}/observations/${year}${unit === PROVINCE_UNIT ? '' : `?unit=${encodeURIComponent(unit)}`}`;

/** A figure's published revision, pending draft and history (analysts): the province's, or `unit`'s. */
export function useObservationQuery(code: string, year: number, unit: string = PROVINCE_UNIT) {
  return useQuery({
    queryKey: queryKeys.observation(code, year, unit),
    queryFn: ({ signal }) => apiGet<ObservationState>(observationPath(code, year, unit), signal),
  });
}

/**
 * Where each figure of `year` stands (published, draft, returned): the province's, or one commune's
 * or ward's (a commune user's list). Always refetched on opening the list: an approver may have
 * published or returned a figure since.
 */
export function useYearEntryStatesQuery(year: number, unit: string = PROVINCE_UNIT) {
  return useQuery({
    queryKey: queryKeys.yearEntryStates(year, unit),
    queryFn: ({ signal }) =>
      apiGet<YearEntryStates>(`/api/observations?year=${year}${unit === PROVINCE_UNIT ? '' : `&unit=${encodeURIComponent(unit)}`}`, signal),
    staleTime: 0,
  });
}

/** Saves a draft. A 409 (stale version) and a 422 (warnings to acknowledge) reach the form as ApiErrors. */
export function useSaveFigureMutation(code: string, year: number, unit: string = PROVINCE_UNIT) {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (entry: FigureEntry) => apiSend<SaveResult>('PUT', observationPath(code, year, unit), entry, { locale }),
    onSuccess: ({ observation }) => {
      queryClient.setQueryData(queryKeys.observation(code, year, unit), observation);
      void queryClient.invalidateQueries({ queryKey: queryKeys.yearEntryStates(year) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.drafts() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboards() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.inbox() });
    },
  });
}

/** Replace the cached figure with the one a 409 brought, so the page shows what is current. */
export function useSetObservation() {
  const queryClient = useQueryClient();
  return (state: ObservationState) => queryClient.setQueryData(queryKeys.observation(state.indicatorCode, state.year, state.orgUnit), state);
}

export function useCreateSourceMutation() {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (source: NewSource) => apiSend<Source>('POST', '/api/sources', source, { locale }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sources() }),
  });
}

export function useSaveTargetMutation(code: string, year: number) {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (target: TargetEntry) => apiSend<TargetSaved>('PUT', `/api/indicators/${encodeURIComponent(code)}/targets/${year}`, target, { locale }),
    // A 409 means someone else revised the target: reload it either way.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicator(code) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboards() });
    },
  });
}

/** Attaches the document itself (a scanned PDF or image) to a source. */
export function useUploadSourceFileMutation(sourceId: number) {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (file: File) => apiUpload<SourceFile>(`/api/sources/${sourceId}/file`, file, { locale }),
    // After a refusal too: a 409 means published data cites the source now, which the list should show.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.sources() }),
  });
}

/**
 * Every source document, for the pickers of the entry forms: with `include=drafts`, also those
 * only drafts cite (the server lists those to signed-in analysts only).
 */
export function useSourcesQuery() {
  return useQuery({
    queryKey: queryKeys.sources(),
    queryFn: ({ signal }) => apiGet<SourceList>('/api/sources?include=drafts', signal),
  });
}
