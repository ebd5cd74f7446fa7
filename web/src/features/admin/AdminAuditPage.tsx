import { AdminPage } from '../components/admin/AdminPage';
import { AuditPanel } from '../components/admin/AuditPanel';

export function AdminAuditPage() {
  return <AdminPage>{() => <AuditPanel />}</AdminPage>;
}
