import { PageMain } from '../components/PageMain';
import { Header } from '../components/Header';
import { ApprovalQueue } from '../components/approval/ApprovalQueue';
import { RequireRole } from '../components/session/RequireRole';

export function ApprovalPage() {
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="approver">{(user) => <ApprovalQueue user={user} />}</RequireRole>
      </PageMain>
    </>
  );
}
