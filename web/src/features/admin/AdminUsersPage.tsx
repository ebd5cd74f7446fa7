import { AdminPage } from './AdminPage';
import { UsersPanel } from './UsersPanel';

export function AdminUsersPage() {
  return <AdminPage>{(user) => <UsersPanel me={user} />}</AdminPage>;
}
