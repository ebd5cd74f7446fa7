import type { CreateOrgUnitBody, OrgUnit, OrgUnitImportPlan, UpdateOrgUnitBody, Locale } from '@kpi/shared';
import { useMutation } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import { apiSend, apiUpload } from './client';
import { useRefreshingMutation } from './refreshing-mutation';
import { queryKeys } from './keys';

// The admin's changes to the units, apart from their list (org-unit-hooks.ts), which the overview's
// unit switch reads: TanStack Query's mutations then stay out of a leader's first load.

/** Every unit change refetches the list (refreshing-mutation.ts). */
const useOrgUnitsMutation = <V, R>(send: (variables: V, locale: Locale) => Promise<R>) => useRefreshingMutation(send, [queryKeys.orgUnits()]);

export function useCreateOrgUnitMutation() {
  return useOrgUnitsMutation((body: CreateOrgUnitBody, locale) => apiSend<OrgUnit>('POST', '/api/org-units', body, { locale }));
}

export function useUpdateOrgUnitMutation() {
  return useOrgUnitsMutation(({ code, ...body }: { code: string } & UpdateOrgUnitBody, locale) =>
    apiSend<OrgUnit>('PATCH', `/api/org-units/${encodeURIComponent(code)}`, body, { locale }),
  );
}

/** The units file's dry run: every row classified in the admin's language, nothing written. */
export function useOrgUnitFilePlanMutation() {
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (file: File) => apiUpload<OrgUnitImportPlan>('/api/org-units/import?dryRun=true', file, { locale }),
  });
}

/** The run, with the dry run's basis: all of it or nothing, refused (409) when a unit changed since the check. */
export function useOrgUnitFileRunMutation() {
  return useOrgUnitsMutation(({ file, basis }: { file: File; basis: string }, locale) =>
    apiUpload<OrgUnitImportPlan>(`/api/org-units/import?${new URLSearchParams({ basis }).toString()}`, file, { locale }),
  );
}
