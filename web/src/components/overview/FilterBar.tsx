import { indicatorGroups, type IndicatorGroup, type OverviewFilters } from '@kpi/shared';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';

interface FilterBarProps {
  filters: OverviewFilters;
  setFilters: (changes: Partial<OverviewFilters>) => void;
  /** The year on screen, and the years with data: the choices of the comparison. */
  year: number;
  years: number[];
}

/** Area, search and comparison year; each writes itself to the address so the view can be shared. */
export function FilterBar({ filters, setFilters, year, years }: FilterBarProps) {
  const { t } = useI18n();
  const groupId = useId();
  const searchId = useId();
  const compareId = useId();
  const otherYears = years.filter((y) => y !== year);
  const anyFilter = filters.group !== undefined || filters.status !== undefined || (filters.q ?? '') !== '' || filters.compare !== undefined;
  return (
    <form role="search" className="filter-bar" aria-label={t.filters.region} onSubmit={(event) => event.preventDefault()}>
      <div className="control">
        <label className="control__label" htmlFor={groupId}>
          {t.filters.group}
        </label>
        <select
          id={groupId}
          className="control__select"
          value={filters.group ?? ''}
          onChange={(event) => setFilters({ group: (event.target.value || undefined) as IndicatorGroup | undefined })}
        >
          <option value="">{t.filters.allGroups}</option>
          {indicatorGroups.map((group) => (
            <option key={group} value={group}>
              {t.groups[group]}
            </option>
          ))}
        </select>
      </div>
      <div className="control control--grow">
        <label className="control__label" htmlFor={searchId}>
          {t.filters.search}
        </label>
        <input
          id={searchId}
          type="search"
          className="control__input"
          placeholder={t.filters.searchPlaceholder}
          maxLength={100}
          value={filters.q ?? ''}
          onChange={(event) => setFilters({ q: event.target.value })}
        />
      </div>
      <div className="control">
        <label className="control__label" htmlFor={compareId}>
          {t.filters.compare}
        </label>
        <select
          id={compareId}
          className="control__select"
          value={filters.compare ?? ''}
          disabled={otherYears.length === 0}
          onChange={(event) => setFilters({ compare: event.target.value ? Number(event.target.value) : undefined })}
        >
          <option value="">{t.filters.noCompare}</option>
          {otherYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {anyFilter && (
        <button
          type="button"
          className="button filter-bar__clear"
          onClick={() => setFilters({ group: undefined, status: undefined, q: undefined, compare: undefined })}
        >
          {t.filters.clear}
        </button>
      )}
    </form>
  );
}
