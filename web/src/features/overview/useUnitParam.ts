import { parseUnit } from '@kpi/shared';
import { useCallback } from 'react';
import { useSearchParams } from '../../app/routing';

/**
 * The commune or ward the overview shows, in the address (`/?unit=tam-thanh`) so the view can be
 * shared; none (or an unusable value) is the province. Changing it clears the status filter and the
 * comparison, which were chosen for the other unit's cards.
 */
export function useUnitParam(): [string | undefined, (unit: string | undefined) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const unit = parseUnit(searchParams.get('unit'));
  const setUnit = useCallback(
    (next: string | undefined) =>
      setSearchParams((params) => {
        if (next) params.set('unit', next);
        else params.delete('unit');
        params.delete('status');
        params.delete('compare');
        return params;
      }),
    [setSearchParams],
  );
  return [unit, setUnit];
}
