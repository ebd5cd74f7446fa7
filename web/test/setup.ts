import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadDictionary } from '../src/i18n/dictionaries';

// Pages are lazy chunks: the first render of one waits for its module, which a busy test run can
// take more than the default second to transform.
configure({ asyncUtilTimeout: 3000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.localStorage.clear();
  document.documentElement.lang = 'vi';
});

// English loads lazily in the app; tests render it at once, as after its first load.
await loadDictionary('en');
