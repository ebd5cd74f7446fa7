import { Header } from '../components/Header';
import { AdminTabs } from '../components/admin/AdminTabs';
import { UsersPanel } from '../components/admin/UsersPanel';
import { RequireRole } from '../components/session/RequireRole';

export function AdminUsersPage() {
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="page page--work">
        <RequireRole role="admin">
          {(user) => (
            <>
              <AdminTabs />
              <UsersPanel me={user} />
            </>
          )}
        </RequireRole>
      </main>
    </>
  );
}
