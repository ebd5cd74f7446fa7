import { AdminPage } from './AdminPage';
import { UnitsPanel } from './UnitsPanel';

export function AdminUnitsPage() {
  return <AdminPage>{() => <UnitsPanel />}</AdminPage>;
}
