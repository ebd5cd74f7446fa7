import type { IndicatorGroupEntry, OverviewFilters } from '@kpi/shared';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { ControlSelect } from '../../ui/ControlSelect';
import { useDisclosure } from '../../ui/useDisclosure';

interface FilterBarProps {
  filters: OverviewFilters;
  setFilters: (changes: Partial<OverviewFilters>) => void;
  /** The year on screen, and the years with data: the choices of the comparison. */
  year: number;
  years: number[];
  /** The area filter's choices, in the catalogue's order. */
  groups: IndicatorGroupEntry[];
  /** More controls at the end of the panel (the switch to a commune): folded away with the rest on a phone. */
  children?: ReactNode;
}

/**
 * Area, search and comparison year; each writes itself to the address so the view can be shared.
 * On a phone they fold behind a button (overview.css), open from the start when one is in use.
 */
export function FilterBar({ filters, setFilters, year, years, groups, children }: FilterBarProps) {
  const { t, locale } = useI18n();
  const searchId = useId();
  const otherYears = years.filter((y) => y !== year);
  const anyFilter = filters.group !== undefined || filters.status !== undefined || (filters.q ?? '') !== '' || filters.compare !== undefined;
  const { open, onKeyDown, buttonProps, panelId } = useDisclosure(filters.group !== undefined || (filters.q ?? '') !== '' || filters.compare !== undefined);
  return (
    <div className="filter-toggle" data-open={open} onKeyDown={onKeyDown}>
      <button {...buttonProps} className="button filter-toggle__button">
        {t.filters.region}
      </button>
      <form id={panelId} role="search" className="filter-bar" aria-label={t.filters.region} onSubmit={(event) => event.preventDefault()}>
        <ControlSelect
          label={t.filters.group}
          value={filters.group ?? ''}
          onChange={(value) => setFilters({ group: value || undefined })}
          placeholder={t.filters.allGroups}
          options={groups.map((group) => ({ value: group.code, label: group.name[locale] }))}
        />
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
        <ControlSelect
          label={t.filters.compare}
          value={filters.compare === undefined ? '' : String(filters.compare)}
          onChange={(value) => setFilters({ compare: value ? Number(value) : undefined })}
          placeholder={t.filters.noCompare}
          options={otherYears.map((y) => ({ value: String(y), label: String(y) }))}
          disabled={otherYears.length === 0}
        />
        {anyFilter && (
          <button
            type="button"
            className="button filter-bar__clear"
            onClick={() => setFilters({ group: undefined, status: undefined, q: undefined, compare: undefined })}
          >
            {t.filters.clear}
          </button>
        )}
        {children}
      </form>
    </div>
  );
}
