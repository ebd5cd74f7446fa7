import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

// End-to-end specs drive a real Chromium against the built server and web app (`pnpm build` first).
const config = mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['e2e/**/*.test.ts', 'budget/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // One browser and one server at a time: CI has two cores.
      fileParallelism: false,
    },
  }),
);

// As in server/vitest.config.ts: Node gets these as --conditions, and with `import` among them a
// CommonJS require of a dual package (helmet, required by @fastify/helmet) yields its ES module
// namespace. Specs that build the app in-process (buildApp from @kpi/server) need them without it.
config.ssr = { ...config.ssr, resolve: { ...config.ssr?.resolve, conditions: ['source', 'node', 'default'] } };
export default config;
