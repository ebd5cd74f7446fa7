import { overviewFiltersSchema, type OverviewFilters } from '@kpi/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The overview's filters read from and written to the address; see `overviewFiltersSchema`. */
export function useOverviewFilters(): [OverviewFilters, (changes: Partial<OverviewFilters>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const group = searchParams.get('group');
  const status = searchParams.get('status');
  const q = searchParams.get('q');
  const compare = searchParams.get('compare');
  const filters = useMemo(
    () =>
      overviewFiltersSchema.parse({
        group: group ?? undefined,
        status: status ?? undefined,
        q: q ?? undefined,
        compare: compare ?? undefined,
      }),
    [group, status, q, compare],
  );

  /** Sets or clears (undefined, empty) each named filter; typing in the search box replaces history rather than piling it up. */
  const setFilters = useCallback(
    (changes: Partial<OverviewFilters>) =>
      setSearchParams(
        (params) => {
          for (const [name, value] of Object.entries(changes)) {
            if (value === undefined || value === '') params.delete(name);
            else params.set(name, String(value));
          }
          return params;
        },
        { replace: Object.keys(changes).length === 1 && 'q' in changes },
      ),
    [setSearchParams],
  );
  return [filters, setFilters];
}
