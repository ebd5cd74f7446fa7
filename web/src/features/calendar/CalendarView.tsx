import { useState } from 'react';
import { Link } from '../../app/routing';
import { useCalendarQuery } from '../../api/calendar-hooks';
import { useDefinitionsQuery } from '../../api/definition-hooks';
import { useOrgUnitsQuery } from '../../api/org-unit-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { CalendarEditor } from './CalendarEditor';
import { CalendarTable } from './CalendarTable';
import { unitBuiltCodes } from './calendar-model';

/** The year's calendar, one row per indicator; Edit opens its rule, people and own date below the table. */
export function CalendarView({ year }: { year: number }) {
  const { t } = useStaffI18n();
  const query = useCalendarQuery(year);
  const definitions = useDefinitionsQuery();
  const units = useOrgUnitsQuery();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const unitBuilt = unitBuiltCodes(definitions.data);
  const indicator = query.data?.indicators.find((i) => i.code === editing);
  return (
    <>
      <div className="page-heading">
        <h2>
          {t.calendar.title} – {year}
        </h2>
        <p className="muted">{t.calendar.hint}</p>
        <p>
          <Link to={`/completeness?year=${year}`}>{t.staffNav.completeness}</Link>
        </p>
      </div>
      <QueryState query={query}>
        {(calendar) =>
          calendar.indicators.length === 0 ? (
            <p className="state-panel">{t.calendar.empty}</p>
          ) : (
            <CalendarTable
              calendar={calendar}
              onEdit={(code) => {
                setEditing(code);
                setNotice(null);
              }}
            />
          )
        }
      </QueryState>
      {notice && (
        <p className="saved-notice" role="status">
          <span aria-hidden="true">✔ </span>
          {notice}
        </p>
      )}
      {query.data && indicator && (
        // Keyed on the indicator and year, not the version: a save or a 409's reload keeps what was typed.
        <CalendarEditor
          key={`${indicator.code}-${year}`}
          calendar={query.data}
          indicator={indicator}
          unitBuilt={unitBuilt.has(indicator.code)}
          units={units.data?.units ?? []}
          onSaved={setNotice}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
