import type { OrgUnitList } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

export function useOrgUnitsQuery(enabled = true) {
  return useQuery({
    enabled,
    queryKey: queryKeys.orgUnits(),
    queryFn: ({ signal }) => apiGet<OrgUnitList>('/api/org-units', signal),
  });
}
