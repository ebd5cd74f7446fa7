import { AdminPage } from '../components/admin/AdminPage';
import { UsersPanel } from '../components/admin/UsersPanel';

export function AdminUsersPage() {
  return <AdminPage>{(user) => <UsersPanel me={user} />}</AdminPage>;
}
