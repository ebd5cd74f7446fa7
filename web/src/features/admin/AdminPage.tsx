import type { ReactNode } from 'react';
import type { User } from '@kpi/shared';
import { Header } from '../../ui/header/Header';
import { PageMain } from '../../ui/PageMain';
import { RequireRole } from '../session/RequireRole';
import { AdminTabs } from './AdminTabs';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './admin.css';

/** An admin page: the header, the admin's tabs, and the panel, for admins only. */
export function AdminPage({ children }: { children: (user: User) => ReactNode }) {
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="admin">
          {(user) => (
            <>
              <AdminTabs />
              {children(user)}
            </>
          )}
        </RequireRole>
      </PageMain>
    </>
  );
}
