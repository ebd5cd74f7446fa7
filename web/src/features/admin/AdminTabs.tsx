import { NavLink } from '../../app/routing';
import { useStaffI18n } from '../../i18n/useStaffI18n';

export function AdminTabs() {
  const { t } = useStaffI18n();
  return (
    <nav className="tabs" aria-label={t.admin.title}>
      <NavLink to="/admin/users" className="tabs__tab">
        {t.admin.users}
      </NavLink>
      <NavLink to="/admin/audit" className="tabs__tab">
        {t.admin.audit}
      </NavLink>
      <NavLink to="/admin/screens" className="tabs__tab">
        {t.screensAdmin.tab}
      </NavLink>
      <NavLink to="/admin/units" className="tabs__tab">
        {t.unitsAdmin.tab}
      </NavLink>
      <NavLink to="/admin/mail" className="tabs__tab">
        {t.mail.tab}
      </NavLink>
    </nav>
  );
}
