import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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

createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
warmIntlWhenIdle();
