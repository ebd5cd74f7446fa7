// Leaders open the overview on cheap phones over slow lines: the JS fetched before its cards can
// run has a budget. Runs against the built app (`pnpm build` first, as `pnpm test` does).
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET, firstLoadChunks, kb } from '../support/first-load.js';
import { WEB_DIST } from '../support/server.js';

const BUDGET = FIRST_LOAD_BUDGET;

describe('the overview’s first load', () => {
  it(`fetches at most ${kb(BUDGET)} of gzip JS before the cards`, () => {
    const chunks = firstLoadChunks(WEB_DIST);
    const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
    const listing = chunks.map((c) => `  ${c.file}: ${c.gzip} B gzip (${c.raw} B raw)`).join('\n');
    if (total > BUDGET) {
      expect.fail(`JS before the cards is ${total} B gzip (${kb(total)}), over its budget of ${BUDGET} B:\n${listing}`);
    }
    // The walk found the app itself, not only a stub: React's DOM renderer is in the first load.
    expect(chunks.some((c) => c.raw > 100 * 1024)).toBe(true);
  });
});
