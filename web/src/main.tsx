import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initComfort } from './features/comfort/preferences';
import { createQueryClient } from './app/query-client';
import './app/styles/fonts.css';
import './app/styles/tokens.css';
import './app/styles/base.css';
import './ui/form/form.css';
import './features/session/nav.css';
import './features/approval/approval.css';
import './features/entry/entry.css';
import './ui/data-table.css';
import './features/comfort/comfort.css';
import './features/review/review.css';
import './app/styles/print.css';
import { warmIntlWhenIdle } from './app/warm-intl';

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
