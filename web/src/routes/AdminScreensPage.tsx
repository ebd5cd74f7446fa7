import { Header } from '../components/Header';
import { AdminTabs } from '../components/admin/AdminTabs';
import { ScreensPanel } from '../components/admin/ScreensPanel';
import { RequireRole } from '../components/session/RequireRole';
import '../styles/screens-admin.css';

export function AdminScreensPage() {
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="page page--work">
        <RequireRole role="admin">
          {() => (
            <>
              <AdminTabs />
              <ScreensPanel />
            </>
          )}
        </RequireRole>
      </main>
    </>
  );
}
