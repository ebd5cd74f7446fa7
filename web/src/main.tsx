// Not the package's index: this entry runs before the first paint, and its imports are the first
// load's (web/app-chunk.ts keeps them out of the app's chunk).
import { PAGE_STATE_ELEMENT_ID } from '@kpi/shared/page-render';
// The first page's sheets, all here so they are in the stylesheet index.html links: the server's
// page is styled before any script runs. App-wide sheets first, then those of the pages the server
// renders, in the order their modules import them; lazy pages bring their own sheets.
import './app/styles/fonts.css';
import './app/styles/tokens.css';
import './app/styles/base.css';
import './ui/header/header.css';
import './ui/card.css';
import './ui/figure.css';
import './ui/data-table.css';
// After the header's: the comfort controls restyle its segmented buttons, and its focus ring wins.
import './features/comfort/comfort.css';
import './features/session/nav.css';
import './features/indicator/indicator.css';
import './features/indicator/milestones.css';
import './features/overview/overview.css';
import { initComfort } from './features/comfort/preferences';
import { nextTask } from './app/next-task';
import { recordEarlyTaps } from './app/early-taps';
import { warmIntlInWorker } from './app/warm-intl-in-worker';
import { afterFirstPaint } from './app/after-first-paint';
// Last, after every sheet of the first bundle: printing overrides the screen's layout.
import './app/styles/print.css';

// This entry is render-blocking (web/render-blocking-entry.ts): what it does here happens before
// the first paint. Night mode and text size go on <html>, so the page never flashes in the other
// theme (here rather than in an inline script, which the Content-Security-Policy forbids).
initComfort();
// The browser loads Intl's locale data on the first formatter: one long task on a slow phone (about
// 100 ms at a quarter of this machine's speed) that hydration cannot avoid. A worker takes it while
// the page is laid out and painted, and the main thread finds the data loaded.
warmIntlInWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// React and the app are fetched by this small entry, not preloaded by the page: a page the server
// rendered is on the screen first (after-first-paint.ts), so a slow phone shows its figures without
// waiting for the app's download or sharing its first frame with React. A page to render here has
// nothing to paint before it.
// React DOM is evaluated in a task of its own, then the app in the next: one long evaluation split in
// two, so a tap on the server's page waits for neither whole.
const start = (earlyTaps?: ReturnType<typeof recordEarlyTaps>) =>
  void import('react-dom/client')
    .then(nextTask)
    .then(() => import('./app/start'))
    .then((app) => app.start(root, earlyTaps));
if (document.getElementById(PAGE_STATE_ELEMENT_ID)) {
  // The server's page can be tapped before the app has it: the tap is kept and replayed.
  const earlyTaps = recordEarlyTaps();
  afterFirstPaint(() => start(earlyTaps));
} else start();
