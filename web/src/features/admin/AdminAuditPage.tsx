import { AdminPage } from './AdminPage';
import { AuditPanel } from './AuditPanel';

export function AdminAuditPage() {
  return <AdminPage>{() => <AuditPanel />}</AdminPage>;
}
