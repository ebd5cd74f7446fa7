import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// `source` resolves @kpi/shared to its TypeScript, so the web never waits for a shared build.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    // Meeting-room TVs run Chromium 90 or later.
    target: 'chrome90',
    outDir: 'dist',
    emptyOutDir: true,
  },
  // The Fastify server (PORT 3000 by default) answers /api; `vite preview` reuses this proxy.
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
