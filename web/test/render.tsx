import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactNode } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppRoutes } from '../src/app/App';
import { I18nProvider } from '../src/i18n/I18nProvider';

function LocationSpy({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => {
    onChange(location);
  }, [location, onChange]);
  return null;
}

/** A fresh QueryClient (no retries), a MemoryRouter at `url`, and the app's language provider. */
function renderInProviders(children: ReactNode, url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let current: Location | null = null;
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <LocationSpy onChange={(location) => (current = location)} />
        {children}
      </MemoryRouter>
    </QueryClientProvider>,
  );
  const location = (): Location => {
    if (!current) throw new Error('the router has not rendered');
    return current;
  };
  return { ...result, user, queryClient, location };
}

/** The whole app at `url`, as a reader would open it. */
export function renderApp(url = '/') {
  return renderInProviders(<AppRoutes />, url);
}

/** One component inside the app's providers (language from `url`'s `?lang=` or storage). */
export function renderWithProviders(ui: ReactNode, url = '/') {
  return renderInProviders(<I18nProvider>{ui}</I18nProvider>, url);
}
