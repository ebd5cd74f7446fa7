import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

// End-to-end specs drive a real Chromium against the built server and web app (`pnpm build` first).
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['e2e/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // One browser and one server at a time: CI has two cores.
      fileParallelism: false,
    },
  }),
);
