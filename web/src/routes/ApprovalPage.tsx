import { Header } from '../components/Header';
import { ApprovalQueue } from '../components/approval/ApprovalQueue';
import { RequireRole } from '../components/session/RequireRole';

export function ApprovalPage() {
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="page page--work">
        <RequireRole role="approver">{(user) => <ApprovalQueue user={user} />}</RequireRole>
      </main>
    </>
  );
}
