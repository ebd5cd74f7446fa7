import { useLocation } from 'react-router';
import { InboxPage } from '../inbox/InboxPage';
import { CompletenessPage } from './CompletenessPage';

/**
 * The reporting calendar's pages (/inbox, /completeness) behind one lazy import in app/App.tsx:
 * each lazy page costs the overview's first load its import, and its budget is tight.
 */
export default function CalendarPage() {
  return useLocation().pathname === '/completeness' ? <CompletenessPage /> : <InboxPage />;
}
