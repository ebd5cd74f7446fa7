import { PageMain } from '../../ui/PageMain';
import { PROVINCE_UNIT } from '@kpi/shared';
import { useParams, useSearchParams } from 'react-router';
import { Header } from '../../ui/header/Header';
import { EntryWorkspace } from './EntryWorkspace';
import { RequireRole } from '../session/RequireRole';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './entry-list.css';
import './entry.css';

export function EntryPage() {
  const { code = '', year = '' } = useParams();
  // `?unit=tam-thanh`: a commune's or ward's figure (the approval queue links there); else the province's.
  const unit = useSearchParams()[0].get('unit') || PROVINCE_UNIT;
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="analyst">{(user) => <EntryWorkspace code={code} year={Number(year)} unit={unit} user={user} />}</RequireRole>
      </PageMain>
    </>
  );
}
