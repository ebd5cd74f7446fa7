import { formatDate, formatDayMonth, type Calendar } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { hasOwnDate } from './calendar-model';

/** One row per indicator: its rule, this year's province due date (marked when its own), who answers for it. */
export function CalendarTable({ calendar, onEdit }: { calendar: Calendar; onEdit: (code: string) => void }) {
  const { t, locale } = useStaffI18n();
  const c = t.calendar;
  const departmentDate = formatDayMonth(calendar.departmentRule, locale);
  return (
    <table className="data-table calendar-table">
      <caption className="data-table__caption">{c.caption(calendar.year)}</caption>
      <thead>
        <tr>
          <th scope="col">{c.indicator}</th>
          <th scope="col">{c.rule}</th>
          <th scope="col">{c.due(calendar.year)}</th>
          <th scope="col">{c.responsible}</th>
          <th scope="col">{c.actions}</th>
        </tr>
      </thead>
      <tbody>
        {calendar.indicators.map((indicator) => {
          const name = indicator.name[locale];
          return (
            <tr key={indicator.code}>
              <th scope="row">{name}</th>
              <td data-label={c.rule}>{indicator.due ? c.ownRule(formatDayMonth(indicator.due, locale)) : c.departmentRule(departmentDate)}</td>
              <td data-label={c.due(calendar.year)}>
                {formatDate(indicator.provinceDue, locale)}
                {hasOwnDate(indicator) && (
                  <span className="calendar-own">
                    {' '}
                    <span aria-hidden="true">★ </span>
                    {c.ownDate}
                  </span>
                )}
              </td>
              <td data-label={c.responsible}>
                {indicator.responsible ? indicator.responsible.displayName : <span className="muted">{c.notAssigned}</span>}
                {indicator.unitResponsibles.length > 0 && <div className="muted">{c.unitPeople(indicator.unitResponsibles.length)}</div>}
              </td>
              <td>
                <button type="button" className="button button--quiet button--small" aria-label={c.edit(name)} onClick={() => onEdit(indicator.code)}>
                  {c.editShort}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
