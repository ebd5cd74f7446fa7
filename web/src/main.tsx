import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate } from '@tanstack/react-query';
import { PAGE_STATE_ELEMENT_ID } from '@kpi/shared';
// App-wide sheets first; each feature's own sheet arrives with its page (in its lazy chunk when lazy).
import './app/styles/fonts.css';
import './app/styles/tokens.css';
import './app/styles/base.css';
import './ui/header/header.css';
import './ui/card.css';
import './ui/figure.css';
import './ui/data-table.css';
// After the header's: the comfort controls restyle its segmented buttons, and its focus ring wins.
import './features/comfort/comfort.css';
import { App } from './app/App';
import { serverPageFits } from './app/hydration';
import { storedLocale } from './i18n/I18nProvider';
import { initComfort } from './features/comfort/preferences';
import { createQueryClient } from './app/query-client';
import { warmIntlWhenIdle } from './app/warm-intl';
// Last, after every sheet of the first bundle: printing overrides the screen's layout.
import './app/styles/print.css';

// Night mode and text size go on <html> before the first render, so the page never flashes in the
// other theme; done here rather than in an inline script, which the Content-Security-Policy forbids.
initComfort();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const queryClient = createQueryClient();
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);
// The overview and an indicator's page arrive rendered by the server with the data they show
// (server/src/plugins/page-render.ts): the cache takes that data and React hydrates the markup.
// Every other page, and a server without the renderer, sends an empty #root to render here.
const pageState = document.getElementById(PAGE_STATE_ELEMENT_ID)?.textContent;
if (pageState && root.hasChildNodes() && serverPageFits(document.documentElement.lang, window.location.search, storedLocale())) {
  hydrate(queryClient, JSON.parse(pageState));
  hydrateRoot(root, app);
} else {
  createRoot(root).render(app);
}
warmIntlWhenIdle();
