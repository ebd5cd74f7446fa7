import { AdminPage } from './AdminPage';
import { MailPanel } from './MailPanel';

export function AdminMailPage() {
  return <AdminPage>{() => <MailPanel />}</AdminPage>;
}
