import { isPlausibleFigureYear } from '@kpi/shared';
import { PageMain } from '../../ui/PageMain';
import { Header } from '../../ui/header/Header';
import { useYearParam } from '../../ui/useYearParam';
import { defaultEntryYear, entryYears } from '../entry/entry-years';
import { RequireRole } from '../session/RequireRole';
import { CompletenessView } from './CompletenessView';
import '../../ui/work-page.css';
import '../../ui/data-table.css';
import './completeness.css';

/** A year's completeness for approvers and admins: last year's unless the address names another. */
export function CompletenessPage() {
  const [param] = useYearParam();
  const year = param !== undefined && isPlausibleFigureYear(param) ? param : defaultEntryYear();
  return (
    <>
      <Header yearPicker={{ years: entryYears(year), year }} />
      <PageMain className="page--work">
        <RequireRole role="approver">{() => <CompletenessView year={year} />}</RequireRole>
      </PageMain>
    </>
  );
}
