import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { I18nProvider } from './i18n/I18nProvider';
import { NotFoundPage } from './routes/NotFoundPage';
import { OverviewPage } from './routes/OverviewPage';

/** The routes, inside the language provider; tests render this under a MemoryRouter. */
export function AppRoutes() {
  return (
    <I18nProvider>
      <Routes>
        <Route path="/" element={<OverviewPage />} />
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
