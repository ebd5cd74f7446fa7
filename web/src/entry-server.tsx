import { dehydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { parseLocale, parseYear, type PageRenderInput, type PageRenderOutput } from '@kpi/shared';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { queryKeys } from './api/keys';
import { joinedOverview } from './api/overview';
import { memoryAddress } from './app/address';
import { AppRoutes } from './app/App';
import { provideIndicatorPage } from './app/indicator-route';
import * as indicatorPage from './features/indicator/IndicatorPage';
import { PROVINCE } from './app/config';
import { AddressRouter } from './app/routing';
import { dictionaries } from './i18n/both-dictionaries';
import { provideDictionary } from './i18n/dictionaries';

/**
 * The leaders' pages rendered on the server (built to dist-ssr by `vite build --ssr`; the server loads
 * it): the first HTML already shows every card's figure, status and target. The query cache is
 * seeded under the keys the pages ask for, from the address exactly as the browser parses it, and
 * sent along dehydrated, so the browser's first render finds the same data and hydrates the markup.
 */
// The server renders either language at once: nothing here may wait for a chunk.
provideDictionary('en', dictionaries.en);
provideIndicatorPage(indicatorPage);

export function render({ url, user, overview, indicator, groups }: PageRenderInput): PageRenderOutput {
  // Nothing is fetched here: a query the input does not answer stays pending and renders its loading state.
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false, staleTime: Infinity, retry: false } } });
  const address = new URL(url, 'http://server.invalid');
  const year = parseYear(address.searchParams.get('year'));
  client.setQueryData(queryKeys.me(), user);
  if (overview) {
    client.setQueryData(queryKeys.catalogue(), overview.catalogue);
    client.setQueryData(queryKeys.dashboard(year), joinedOverview(overview.dashboard, overview.catalogue));
  }
  if (indicator) client.setQueryData(queryKeys.indicatorAsOf(indicator.indicator.code, year), indicator);
  if (groups) client.setQueryData(queryKeys.indicatorGroups(), { groups });
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={client}>
        <AddressRouter source={memoryAddress(url)}>
          <AppRoutes />
        </AddressRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
  // `<` escaped: a note that contains `</script>` must not end the element that carries it.
  const state = JSON.stringify(dehydrate(client)).replace(/</g, '\\u003c');
  const title = dictionaries[parseLocale(address.searchParams.get('lang')) ?? 'vi'].app.documentTitle(PROVINCE);
  return { html, state, title };
}
