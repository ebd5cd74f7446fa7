import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createQueryClient } from './query-client';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/app.css';
import './styles/forms.css';
import './styles/nav.css';
import './styles/work.css';
import './styles/entry.css';
import './styles/tables.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
