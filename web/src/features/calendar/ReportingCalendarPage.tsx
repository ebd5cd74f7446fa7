import { isPlausibleFigureYear } from '@kpi/shared';
import { PageMain } from '../../ui/PageMain';
import { Header } from '../../ui/header/Header';
import { useYearParam } from '../../ui/useYearParam';
import { defaultEntryYear, entryYears } from '../entry/entry-years';
import { RequireRole } from '../session/RequireRole';
import { CalendarView } from './CalendarView';
import '../../ui/work-page.css';
import '../../ui/data-table.css';
import './calendar.css';

/** The reporting calendar for approvers and admins to keep: last year's unless the address names another. */
export function ReportingCalendarPage() {
  const [param] = useYearParam();
  const year = param !== undefined && isPlausibleFigureYear(param) ? param : defaultEntryYear();
  return (
    <>
      <Header yearPicker={{ years: entryYears(year), year }} />
      <PageMain className="page--work">
        <RequireRole role="approver">{() => <CalendarView key={year} year={year} />}</RequireRole>
      </PageMain>
    </>
  );
}
