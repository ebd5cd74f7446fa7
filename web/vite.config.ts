import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';
import { preloadFonts } from './preload-fonts';
import { renderBlockingEntry } from './render-blocking-entry';
import { appChunk } from './app-chunk';

/**
 * The staff's pages, by their chunks' names. Vite lists what each lazy page imports in the start
 * chunk, to fetch it beside the page: a list every visitor's first load carries (names and indexes,
 * 1.4 KB of gzip with every page in it). The staff's pages keep only their style sheets there
 * (which nothing else loads): their chunks bring their scripts themselves, a round trip or two
 * later, on the department's network.
 */
const STAFF_PAGE =
  /^assets\/(SignInPage|EntryListPage|EntryPage|ImportPage|RankingImportPage|ExportPage|ApprovalPage|Admin[A-Za-z]*Page|CataloguePage|DefinitionPage|AccountPage|ReportingCalendarPage|signed-in)-/;

/** A source file's path, as Rolldown names its module. */
const source = (path: string) => decodeURIComponent(new URL(path, import.meta.url).pathname);

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), preloadFonts(/be-vietnam-pro-.*\.woff2$/), renderBlockingEntry()],
  // `source` resolves @kpi/shared to its TypeScript, so the web never waits for a shared build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    // Meeting-room TVs run Chromium 90 or later.
    target: 'chrome90',
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: {
      // Chromium has `modulepreload` since 66 (the TVs run 90), Safari since 17, Firefox since 115.
      // The polyfill, in every first load, only pre-fetches where it is missing; there each chunk
      // is fetched when it is imported instead.
      polyfill: false,
      resolveDependencies: (file, deps) => (STAFF_PAGE.test(file) ? deps.filter((dep) => dep.endsWith('.css')) : deps),
    },
    // The server's renderer is one file; the browser's app, one chunk beside React (app-chunk.ts).
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: {
            codeSplitting: {
              groups: [
                { name: appChunk(source('src/main.tsx'), source('src/app/start.tsx')), debugName: 'start', includeDependenciesRecursively: false },
                // React with its JSX runtime, which every chunk imports: one file, not two.
                { name: 'react', test: /[\\/]node_modules[\\/]react[\\/]/ },
              ],
            },
          },
        },
  },
  // The server renderer (`vite build --ssr`, loaded by the Fastify server) carries every dependency
  // inside it, so it runs from wherever the server finds it without resolving packages there.
  ssr: {
    noExternal: true,
    resolve: { conditions: ['source', ...defaultServerConditions] },
  },
  // The Fastify server (PORT 3000 by default) answers /api; `vite preview` reuses this proxy.
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
}));
