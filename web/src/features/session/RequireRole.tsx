import { roleAtLeast, type Role, type User } from '@kpi/shared';
import type { ReactNode } from 'react';
import { Link, Redirect, useAddress } from '../../app/routing';
import { useMeQuery } from '../../api/session-hooks';
import { useI18n } from '../../i18n/useI18n';
import { QueryState } from '../../ui/QueryState';

interface RequireRoleProps {
  role: Role;
  children: (user: User) => ReactNode;
}

/** Where the sign-in page sends you back to: this page, with its query. */
export function signInPath(next: string): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

/**
 * A page for `role` and above: signed-out readers go to sign-in (and come back after it), signed-in
 * readers with a lower role are told so, rather than shown a page whose every request would fail.
 */
export function RequireRole({ role, children }: RequireRoleProps) {
  const { t } = useI18n();
  const location = useAddress();
  const me = useMeQuery();
  return (
    <QueryState query={me}>
      {(user) => {
        if (!user) return <Redirect to={signInPath(location.pathname + location.search)} replace />;
        if (!roleAtLeast(user.role, role)) {
          return (
            <section className="state-panel" role="alert">
              <h2>{t.session.noPermissionTitle}</h2>
              <p>{t.session.noPermission(t.roles[role], t.roles[user.role])}</p>
              <Link to="/">{t.notFound.back}</Link>
            </section>
          );
        }
        return children(user);
      }}
    </QueryState>
  );
}
