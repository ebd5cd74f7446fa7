import { PageMain } from '../../ui/PageMain';
import { Header } from '../../ui/header/Header';
import { ApprovalQueue } from './ApprovalQueue';
import { RequireRole } from '../session/RequireRole';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './approval.css';

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
