// Vitest resolves workspace packages to their TypeScript sources (the "source" export condition),
// so unit and API tests need no build step; the built server runs only in tests/e2e.
import { defineConfig } from 'vitest/config';

export const sourceConditions = ['source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions, externalConditions: ['node'] } },
  // Generous per-test time: API tests hash passwords (scrypt) and CI has two busy cores.
  test: { environment: 'node', testTimeout: 30_000 },
});
