import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '../../app/routing';
import { ApiError } from '../../api/client';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { useUnitName } from '../../ui/useUnitName';

/** Why the server refused this unit for this figure (its 400 names `unit`, worded in the page's language), or null for any other outcome. */
export function unitRefusalOf(query: UseQueryResult<unknown>): string | null {
  const { error } = query;
  return error instanceof ApiError && error.status === 400 ? (error.fields?.unit ?? null) : null;
}

/**
 * Said in place of the form when this unit cannot hold this indicator's figure for this year: an
 * indicator with province figures only (a commune user reaches one by its address), or a unit that
 * did not exist that year. The server's reason with the way back to the list, rather than the generic
 * error panel.
 */
export function UnitRefusedPanel({ unit, refusal, year }: { unit: string; refusal: string; year: number }) {
  const { t } = useStaffI18n();
  const name = useUnitName(unit) ?? unit;
  return (
    <section className="state-panel" role="alert">
      <h2>{t.entry.unitRefusedTitle(name)}</h2>
      <p>{refusal}</p>
      <Link to={`/entry?year=${year}`}>{t.entry.backToList}</Link>
    </section>
  );
}
