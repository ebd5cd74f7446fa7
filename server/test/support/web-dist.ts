import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for the web renderer (web/src/entry-server.tsx): it writes what it was given, so a test
 * sees which data and reader the server passed, and counts its renders on globalThis by folder.
 */
const FAKE_RENDERER = `
export function render(input) {
  const counts = (globalThis.__kpiRenders ??= {});
  counts[import.meta.url] = (counts[import.meta.url] ?? 0) + 1;
  const data = input.overview ? input.overview.dashboard.cards.length + ' cards of ' + input.overview.dashboard.year
    : input.indicator ? 'indicator ' + input.indicator.indicator.code : 'no data';
  const who = input.user ? input.user.username : 'anonymous';
  return {
    html: '<main>' + data + ' for ' + who + ' at ' + input.url.replace(/</g, '&lt;') + '</main>',
    state: JSON.stringify({ url: input.url }).replace(/</g, '\\\\u003c'),
    title: 'Title of ' + input.url.replace(/</g, ''),
  };
}
`;

/** A built web app's smallest shape (web/dist), with the server renderer beside it (web/dist-ssr) unless told otherwise. */
export function fakeWebDist({ renderer = true } = {}): { dist: string; renders(): number } {
  const root = mkdtempSync(join(tmpdir(), 'kpi-web-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="vi"><title>KPI</title><div id="root"></div></html>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'export {};');
  const entry = join(root, 'dist-ssr', 'entry-server.js');
  if (renderer) {
    mkdirSync(join(root, 'dist-ssr'));
    writeFileSync(entry, FAKE_RENDERER);
  }
  const renders = () => {
    const counts = (globalThis as { __kpiRenders?: Record<string, number> }).__kpiRenders ?? {};
    return Object.entries(counts).find(([url]) => url.endsWith(`${root.split('/').pop()}/dist-ssr/entry-server.js`))?.[1] ?? 0;
  };
  return { dist, renders };
}
