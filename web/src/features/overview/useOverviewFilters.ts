import { parseOverviewFilters, type OverviewFilters } from '@kpi/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../app/routing';

/** The overview's filters read from and written to the address; see `parseOverviewFilters`. */
export function useOverviewFilters(): [OverviewFilters, (changes: Partial<OverviewFilters>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const group = searchParams.get('group');
  const status = searchParams.get('status');
  const q = searchParams.get('q');
  const compare = searchParams.get('compare');
  // Memoised on the four values, not on searchParams: a change elsewhere in the address keeps the same filters.
  const filters = useMemo(() => {
    const values: Record<string, string | null> = { group, status, q, compare };
    return parseOverviewFilters((name) => values[name] ?? null);
  }, [group, status, q, compare]);

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
