import { formatNumber, formatPercent, orgUnitName, type Completeness } from '@kpi/shared';
import { Link } from '../../app/routing';
import { useCompletenessQuery } from '../../api/inbox-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { SortableTable, type Column } from './SortableTable';

/** How many missing units an indicator's row links before "and n more". */
const LINKED_UNITS = 4;

/** The published share of expected figures, in percent; a year expecting none is complete. */
export const shareOf = ({ published, expected }: { published: number; expected: number }) => (expected === 0 ? 100 : (published / expected) * 100);

const entryLink = (code: string, year: number, unit: string, province: boolean) =>
  `/entry/${code}/${year}${province ? '' : `?unit=${encodeURIComponent(unit)}`}`;

/** The year's total, then the share by indicator and by unit, laggards first, each sortable. */
export function CompletenessView({ year }: { year: number }) {
  const { t, locale } = useStaffI18n();
  const query = useCompletenessQuery(year);
  const c = t.completeness;
  const percent = (row: { published: number; expected: number }) => formatPercent(shareOf(row), locale, 0);
  const counts = (row: { published: number; expected: number }) => `${formatNumber(row.published, locale)}/${formatNumber(row.expected, locale)}`;

  const indicatorColumns: Column<Completeness['byIndicator'][number]>[] = [
    { key: 'name', label: c.indicator, value: (r) => r.name[locale], render: (r) => r.name[locale] },
    { key: 'share', label: c.share, value: shareOf, render: (r) => `${percent(r)} (${counts(r)})`, numeric: true },
    {
      key: 'missing',
      label: c.missing,
      value: (r) => r.missing.length,
      render: (r) =>
        r.missing.length === 0 ? (
          <span>✓ {c.noneMissing}</span>
        ) : (
          <>
            {r.missing.slice(0, LINKED_UNITS).map((u, i) => (
              <span key={u.code}>
                {i > 0 && ', '}
                <Link to={entryLink(r.code, year, u.code, u.kind === 'province')}>{orgUnitName(u, locale)}</Link>
              </span>
            ))}
            {r.missing.length > LINKED_UNITS && ` ${c.moreMissing(r.missing.length - LINKED_UNITS)}`}
          </>
        ),
    },
  ];
  const unitColumns: Column<Completeness['byUnit'][number]>[] = [
    { key: 'name', label: c.unit, value: (r) => orgUnitName(r.unit, locale), render: (r) => orgUnitName(r.unit, locale) },
    { key: 'share', label: c.share, value: shareOf, render: (r) => `${percent(r)} (${counts(r)})`, numeric: true },
  ];
  return (
    <>
      <div className="page-heading">
        <h2>
          {c.title} – {year}
        </h2>
        <p className="muted">{c.hint}</p>
        <p>
          <Link to={`/calendar?year=${year}`}>{t.calendar.link}</Link>
        </p>
      </div>
      <QueryState query={query}>
        {(data) => (
          <>
            <p className="completeness-total">
              <strong>{c.total(percent(data), formatNumber(data.published, locale), formatNumber(data.expected, locale))}</strong>
            </p>
            <SortableTable caption={c.byIndicator} columns={indicatorColumns} rows={data.byIndicator} rowKey={(r) => r.code} />
            <SortableTable caption={c.byUnit} columns={unitColumns} rows={data.byUnit} rowKey={(r) => r.unit.code} />
          </>
        )}
      </QueryState>
    </>
  );
}
