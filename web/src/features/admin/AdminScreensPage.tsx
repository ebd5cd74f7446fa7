import { AdminPage } from './AdminPage';
import { ScreensPanel } from './ScreensPanel';
import './screens-admin.css';

export function AdminScreensPage() {
  return <AdminPage>{() => <ScreensPanel />}</AdminPage>;
}
