import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initComfort } from './components/comfort/preferences';
import { createQueryClient } from './query-client';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/app.css';
import './styles/forms.css';
import './styles/nav.css';
import './styles/work.css';
import './styles/entry.css';
import './styles/tables.css';
import './styles/comfort.css';
import './styles/review.css';
import './styles/print.css';
import { warmIntlWhenIdle } from './warm-intl';

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
