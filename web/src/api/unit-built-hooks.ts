import type { CatalogueFile } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

/**
 * The codes of indicators whose published definition builds the province's figure from its
 * communes' and wards' (aggregation other than `none`): the only ones a unit has figures of. Read
 * from the catalogue file, the one list of published definitions an analyst may read (the
 * definitions list is the approvers'); fetched only when asked for, for a commune user.
 */
export function useUnitBuiltCodesQuery(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: queryKeys.catalogueFile(),
    queryFn: ({ signal }) => apiGet<CatalogueFile>('/api/catalogue/export.json', signal),
    select: (file): ReadonlySet<string> => new Set(file.indicators.filter((d) => d.aggregation !== 'none').map((d) => d.code)),
  });
}
