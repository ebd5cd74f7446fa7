/**
 * The gzip size of each built JS chunk, and of the JS the overview needs before its cards show:
 * the entry script of index.html and the chunks it preloads (charts arrive later, lazily).
 * Goal: ≤ 200 KB gzip before the cards.   pnpm --filter @kpi/tests bench:bundle
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  const before = chunks.filter((c) => initial.has(c.file)).reduce((n, c) => n + c.gzip, 0);
  return { chunks, initial: [...initial], before };
}

export function printBundleSizes(): void {
  const { chunks, initial, before } = bundleSizes();
  console.log('\nBuilt JS chunks (gzip -9)');
  console.table(Object.fromEntries(chunks.map((c) => [c.file, { raw: kb(c.raw), gzip: kb(c.gzip), 'before cards': initial.includes(c.file) ? 'yes' : '' }])));
  console.log(`JS before the overview's cards: ${kb(before)} gzip (goal ≤ 200 KB) ${before <= 200 * 1024 ? 'MET' : 'NOT MET'}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printBundleSizes();
