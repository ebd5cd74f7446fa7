import { AdminPage } from '../components/admin/AdminPage';
import { ScreensPanel } from '../components/admin/ScreensPanel';
import '../styles/screens-admin.css';

export function AdminScreensPage() {
  return <AdminPage>{() => <ScreensPanel />}</AdminPage>;
}
