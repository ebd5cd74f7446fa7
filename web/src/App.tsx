import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { I18nProvider } from './i18n/I18nProvider';
import { AdminAuditPage } from './routes/AdminAuditPage';
import { AdminUsersPage } from './routes/AdminUsersPage';
import { ApprovalPage } from './routes/ApprovalPage';
import { EntryListPage } from './routes/EntryListPage';
import { EntryPage } from './routes/EntryPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { OverviewPage } from './routes/OverviewPage';
import { SignInPage } from './routes/SignInPage';

/** The routes, inside the language provider; tests render this under a MemoryRouter. */
export function AppRoutes() {
  return (
    <I18nProvider>
      <Routes>
        <Route path="/" element={<OverviewPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/entry" element={<EntryListPage />} />
        <Route path="/entry/:code/:year" element={<EntryPage />} />
        <Route path="/approval" element={<ApprovalPage />} />
        <Route path="/admin/users" element={<AdminUsersPage />} />
        <Route path="/admin/audit" element={<AdminAuditPage />} />
        {/* Next: /indicators/:code (IndicatorPage), /screen/:id (ScreenPage). */}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </I18nProvider>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
