import { defineConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

// Vitest hands ssr.resolve.conditions to Node as --conditions; with `import` among them, a CommonJS
// package that require()s a dual package (@fastify/helmet → helmet) gets the ES module's namespace
// instead of the function. The server's tests run without it (`source` still picks workspace sources;
// Vite adds import/require by how a module is loaded).
// Tests and their tooling live in test/, mirroring src/ (which holds only shipped code).
export default defineConfig({
  ...shared,
  test: { ...shared.test, include: ['test/**/*.test.ts'] },
  ssr: { ...shared.ssr, resolve: { ...shared.ssr?.resolve, conditions: ['source', 'node', 'default'] } },
});
