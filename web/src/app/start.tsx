import { hydrate } from '@tanstack/react-query';
import { PAGE_STATE_ELEMENT_ID, parseLocale } from '@kpi/shared';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { storedLocale } from '../i18n/I18nProvider';
import { loadDictionary } from '../i18n/dictionaries';
import { App } from './App';
import { whenAppReady } from './AppReady';
import { replayTap, type EarlyTaps } from './early-taps';
import { serverPageFits } from './hydration';
import { nextTask } from './next-task';
import { createQueryClient } from './query-client';
import { loadIndicatorPage } from './indicator-route';

/** Runs `callback` when the browser is idle (a moment later where it cannot say). */
function whenIdle(callback: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback, { timeout: 5_000 });
  else setTimeout(callback, 1_000);
}

/**
 * Starts the app in `root`. The overview and an indicator's page arrive rendered by the server with
 * the data they show (server/src/plugins/page-render.ts): the cache takes that data and React
 * hydrates the markup, as a transition, in slices between the browser's other work; a tap on the
 * server's page before that is replayed once it is done (early-taps.ts). Every other
 * page, and a server without the renderer, sends an empty #root to render here.
 */
export async function start(root: HTMLElement, earlyTaps?: EarlyTaps): Promise<void> {
  // An indicator's page has a chunk of its own: here before the first render, which then neither
  // waits for it mid-hydration nor shows a loading state. Elsewhere it comes once the app is idle,
  // for the tap on a card that opens one.
  if (window.location.pathname.startsWith('/indicators/')) await loadIndicatorPage();
  else whenAppReady(() => whenIdle(() => void loadIndicatorPage()));
  const queryClient = createQueryClient();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  const pageState = document.getElementById(PAGE_STATE_ELEMENT_ID)?.textContent;
  if (pageState && root.hasChildNodes() && serverPageFits(document.documentElement.lang, window.location.search, storedLocale())) {
    hydrate(queryClient, JSON.parse(pageState));
    // An English page hydrates with its words at hand, or its provider would wait mid-hydration.
    const lang = parseLocale(document.documentElement.lang);
    if (lang) await loadDictionary(lang);
    // The cache's setup and React's (its listeners, its root) are two long steps on a slow phone:
    // a task boundary between them lets a tap or a frame in.
    await nextTask();
    // From hydrateRoot on, React replays taps on what it has not hydrated yet; one before is ours.
    const tapped = earlyTaps?.stop() ?? null;
    whenAppReady(() => replayTap(tapped));
    startTransition(() => void hydrateRoot(root, app));
  } else {
    earlyTaps?.stop();
    createRoot(root).render(app);
  }
}
