import { PageMain } from '../../ui/PageMain';
import { isPlausibleFigureYear } from '@kpi/shared';
import { Header } from '../../ui/header/Header';
import { EntryIndicatorList } from './EntryIndicatorList';
import { defaultEntryYear, entryYears } from './entry-years';
import { RequireRole } from '../session/RequireRole';
import { useYearParam } from '../../ui/useYearParam';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './entry-list.css';
import './entry.css';

export function EntryListPage() {
  const [param] = useYearParam();
  const year = param !== undefined && isPlausibleFigureYear(param) ? param : defaultEntryYear();
  return (
    <>
      <Header yearPicker={{ years: entryYears(year), year }} />
      <PageMain>
        <RequireRole role="analyst">{(user) => <EntryIndicatorList year={year} ownUnit={user.unit} />}</RequireRole>
      </PageMain>
    </>
  );
}
