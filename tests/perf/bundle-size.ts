/**
 * The gzip size of each built JS chunk, and of the JS the overview needs before its cards show:
 * the entry script of index.html, the chunks it preloads, the app chunk the entry fetches and their static imports (charts, staff
 * pages and English arrive later, lazily). Goal: ≤ 100 KB gzip before the cards; the test in
 * tests/budget holds its budget.   pnpm --filter @kpi/tests bench:bundle
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstLoadChunks } from '../support/first-load.js';
import { WEB_DIST } from '../support/server.js';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function bundleSizes() {
  const assets = join(WEB_DIST, 'assets');
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const raw = readFileSync(join(assets, file));
      return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const initial = firstLoadChunks(WEB_DIST);
  const before = initial.reduce((n, c) => n + c.gzip, 0);
  return { chunks, initial: initial.map((c) => c.file), before };
}

export function printBundleSizes(): void {
  const { chunks, initial, before } = bundleSizes();
  console.log('\nBuilt JS chunks (gzip -9)');
  console.table(Object.fromEntries(chunks.map((c) => [c.file, { raw: kb(c.raw), gzip: kb(c.gzip), 'before cards': initial.includes(c.file) ? 'yes' : '' }])));
  console.log(`JS before the overview's cards: ${kb(before)} gzip (goal ≤ 100 KB) ${before <= 100 * 1024 ? 'MET' : 'NOT MET'}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printBundleSizes();
