import { defineConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

// Vitest hands ssr.resolve.conditions to Node as --conditions; with `import` among them, a CommonJS
// package that require()s a dual package (@fastify/helmet → helmet) gets the ES module's namespace
// instead of the function. The server's tests run without it (`source` still picks workspace sources;
// Vite adds import/require by how a module is loaded).
export default defineConfig({
  ...shared,
  ssr: { ...shared.ssr, resolve: { ...shared.ssr?.resolve, conditions: ['source', 'node', 'default'] } },
});
