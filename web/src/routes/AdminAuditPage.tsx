import { Header } from '../components/Header';
import { AdminTabs } from '../components/admin/AdminTabs';
import { AuditPanel } from '../components/admin/AuditPanel';
import { RequireRole } from '../components/session/RequireRole';

export function AdminAuditPage() {
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="page page--work">
        <RequireRole role="admin">
          {() => (
            <>
              <AdminTabs />
              <AuditPanel />
            </>
          )}
        </RequireRole>
      </main>
    </>
  );
}
