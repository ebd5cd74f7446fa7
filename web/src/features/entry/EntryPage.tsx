import { PageMain } from '../components/PageMain';
import { useParams } from 'react-router';
import { Header } from '../components/Header';
import { EntryWorkspace } from '../components/entry/EntryWorkspace';
import { RequireRole } from '../components/session/RequireRole';

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
