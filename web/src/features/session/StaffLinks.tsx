import { roleAtLeast, type Role, type User } from '@kpi/shared';
import { NavLink } from '../../app/routing';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { InboxLink } from './InboxLink';

const LINKS: { to: string; role: Role; key: 'entry' | 'import' | 'approval' | 'completeness' | 'catalogue' | 'admin'; keepsYear?: true }[] = [
  { to: '/entry', role: 'analyst', key: 'entry', keepsYear: true },
  { to: '/import', role: 'analyst', key: 'import' },
  { to: '/approval', role: 'approver', key: 'approval' },
  { to: '/completeness', role: 'approver', key: 'completeness', keepsYear: true },
  { to: '/catalogue', role: 'approver', key: 'catalogue' },
  { to: '/admin/users', role: 'admin', key: 'admin' },
];

/** The inbox, then the work pages `user`'s role opens; `search` is the year and language to keep. */
export default function StaffLinks({ user, search }: { user: User; search: string }) {
  const { t } = useStaffI18n();
  return (
    <>
      <li>
        <InboxLink />
      </li>
      {LINKS.filter((link) => roleAtLeast(user.role, link.role)).map((link) => (
        <li key={link.key}>
          <NavLink to={link.keepsYear ? link.to + search : link.to} className="site-nav__link">
            {link.key === 'completeness' ? t.staffNav.completeness : t.nav[link.key]}
          </NavLink>
        </li>
      ))}
    </>
  );
}
