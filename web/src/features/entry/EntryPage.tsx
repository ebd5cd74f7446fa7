import { PageMain } from '../../ui/PageMain';
import { PROVINCE_UNIT } from '@kpi/shared';
import { useParams, useSearchParams } from '../../app/routing';
import { Header } from '../../ui/header/Header';
import { EntryWorkspace } from './EntryWorkspace';
import { OwnUnitNotice } from './OwnUnitNotice';
import { RequireRole } from '../session/RequireRole';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './entry-list.css';
import './entry.css';

export function EntryPage() {
  const { code = '', year = '' } = useParams();
  // `?unit=tam-thanh`: a commune's or ward's figure (the approval queue links there); else the province's.
  const asked = useSearchParams()[0].get('unit') || PROVINCE_UNIT;
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="analyst">
          {(user) => (
            // A commune user works on their own unit's figure whatever the address asks for.
            <>
              {user.unit !== null && asked !== user.unit && <OwnUnitNotice unit={user.unit} />}
              <EntryWorkspace code={code} year={Number(year)} unit={user.unit ?? asked} user={user} />
            </>
          )}
        </RequireRole>
      </PageMain>
    </>
  );
}
