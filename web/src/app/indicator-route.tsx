import { lazy } from 'react';
import type * as IndicatorPageExports from '../features/indicator/IndicatorPage';

type IndicatorPageModule = typeof IndicatorPageExports;

let loaded: IndicatorPageModule | undefined;

/**
 * The indicator page's chunk, fetched once. It is not in the overview's first load (4 KB of gzip a
 * leader on the overview would fetch and run for nothing); a server-rendered indicator page awaits
 * it before hydrating (start.tsx), so hydration never waits on it, and the overview fetches it once
 * the app is idle, so a card's tap opens the page at once.
 */
export function loadIndicatorPage(): Promise<IndicatorPageModule> {
  return import('../features/indicator/IndicatorPage').then((module) => (loaded = module));
}

/** For the server's renderer, which cannot wait for a chunk: the page, at hand. */
export function provideIndicatorPage(module: IndicatorPageModule): void {
  loaded = module;
}

const LazyIndicatorPage = lazy(() => loadIndicatorPage().then((module) => ({ default: module.IndicatorPage })));

/** `/indicators/:code`: the page itself once its chunk is here, a lazy one (the app's Suspense) until then. */
export function IndicatorRoute() {
  return loaded ? <loaded.IndicatorPage /> : <LazyIndicatorPage />;
}
