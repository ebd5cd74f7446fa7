import { parseYear } from '@kpi/shared';
import { useCallback } from 'react';
import { useSearchParams } from '../app/routing';

/**
 * The year lives in the address (`/?year=2020`) so a view can be shared and bookmarked.
 * No or an unusable `year` means "the latest year with data", which the server decides.
 */
export function useYearParam(): [number | undefined, (year: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const year = parseYear(searchParams.get('year'));
  const setYear = useCallback(
    (next: number) =>
      setSearchParams((params) => {
        params.set('year', String(next));
        return params;
      }),
    [setSearchParams],
  );
  return [year, setYear];
}
