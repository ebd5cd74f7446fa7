import { PageMain } from '../../ui/PageMain';
import { useParams } from 'react-router';
import { Header } from '../../ui/header/Header';
import { EntryWorkspace } from './EntryWorkspace';
import { RequireRole } from '../session/RequireRole';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './entry-list.css';
import './entry.css';

export function EntryPage() {
  const { code = '', year = '' } = useParams();
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="analyst">{(user) => <EntryWorkspace code={code} year={Number(year)} user={user} />}</RequireRole>
      </PageMain>
    </>
  );
}
