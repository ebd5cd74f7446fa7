import { PageMain } from '../components/PageMain';
import { isPlausibleFigureYear } from '@kpi/shared';
import { Header } from '../components/Header';
import { EntryIndicatorList } from '../components/entry/EntryIndicatorList';
import { defaultEntryYear, entryYears } from '../components/entry/entry-years';
import { RequireRole } from '../components/session/RequireRole';
import { useYearParam } from './useYearParam';

export function EntryListPage() {
  const [param] = useYearParam();
  const year = param !== undefined && isPlausibleFigureYear(param) ? param : defaultEntryYear();
  return (
    <>
      <Header yearPicker={{ years: entryYears(year), year }} />
      <PageMain>
        <RequireRole role="analyst">{() => <EntryIndicatorList year={year} />}</RequireRole>
      </PageMain>
    </>
  );
}
