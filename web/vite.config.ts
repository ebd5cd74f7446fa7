import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';
import { preloadFonts } from './preload-fonts';
import { renderBlockingEntry } from './render-blocking-entry';

// `source` resolves @kpi/shared to its TypeScript, so the web never waits for a shared build.
export default defineConfig({
  plugins: [react(), preloadFonts(/be-vietnam-pro-.*\.woff2$/), renderBlockingEntry()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    // Meeting-room TVs run Chromium 90 or later.
    target: 'chrome90',
    outDir: 'dist',
    emptyOutDir: true,
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
});
