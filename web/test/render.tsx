import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactNode } from 'react';
import { memoryAddress, type Address } from '../src/app/address';
import { AppRoutes } from '../src/app/App';
import { AddressRouter, useAddress } from '../src/app/routing';
import { I18nProvider } from '../src/i18n/I18nProvider';

function AddressSpy({ onChange }: { onChange: (address: Address) => void }) {
  const address = useAddress();
  useEffect(() => {
    onChange(address);
  }, [address, onChange]);
  return null;
}

/** A fresh QueryClient (no retries), the router at `url` in memory, and the app's language provider. */
function renderInProviders(children: ReactNode, url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let current: Address | null = null;
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <AddressRouter source={memoryAddress(url)}>
        <AddressSpy onChange={(address) => (current = address)} />
        {children}
      </AddressRouter>
    </QueryClientProvider>,
  );
  /** The address the app shows: path and query, as the address bar would have them. */
  const location = (): Address => {
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
