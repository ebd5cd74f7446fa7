import { roleAtLeast } from '@kpi/shared';
import { PageMain } from '../../ui/PageMain';
import { Header } from '../../ui/header/Header';
import { RequireRole } from '../session/RequireRole';
import { InboxList } from './InboxList';
import '../../ui/work-page.css';
import './inbox.css';

/** What waits for the signed-in user, whatever their role. */
export function InboxPage() {
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="viewer">{(user) => <InboxList calendarLink={roleAtLeast(user.role, 'approver')} />}</RequireRole>
      </PageMain>
    </>
  );
}
