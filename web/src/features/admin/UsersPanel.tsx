import { formatNumber, type User } from '@kpi/shared';
import { useUsersQuery } from '../../api/admin-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { CreateUserForm } from './CreateUserForm';
import { UserRow } from './UserRow';

/** Accounts: role, commune or ward (analysts), disabled, password reset, and a new account. */
export function UsersPanel({ me }: { me: User }) {
  const { t, locale } = useStaffI18n();
  const query = useUsersQuery();
  return (
    <>
      <QueryState query={query}>
        {({ users }) => (
          <table className="data-table">
            <caption className="data-table__caption">{t.admin.usersCaption(formatNumber(users.length, locale))}</caption>
            <thead>
              <tr>
                <th scope="col">{t.admin.username}</th>
                <th scope="col">{t.admin.displayName}</th>
                <th scope="col">{t.admin.role}</th>
                <th scope="col">{t.admin.unit}</th>
                <th scope="col">{t.admin.status}</th>
                <th scope="col">{t.mail.column}</th>
                <th scope="col">{t.admin.password}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow key={user.username} user={user} isMe={user.username === me.username} />
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      <CreateUserForm />
    </>
  );
}
