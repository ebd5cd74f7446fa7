/**
 * The JS a browser must fetch before the overview's cards can run: index.html's entry
 * `<script type="module">`, every `<link rel="modulepreload">`, and every chunk those import
 * statically, recursively (a static import is fetched before the importing module runs; a dynamic
 * `import()` is not), the chunks that the entry imports once the page is painted, and the worker it
 * starts. Sizes are gzip at level 9, as the build's `.gz` copies are made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzip bytes of JS allowed before the overview's cards are interactive (the server's HTML shows
 * them before any). The goal is 100 KB; React DOM, wouter and TanStack Query alone are about
 * 81 KB, so the budget holds the first load a little above where it is (102.4 KB on 2026-12-06:
 * React DOM in a chunk of its own, so that its evaluation is a task apart from the app's; the app
 * every page starts with in one chunk, web/app-chunk.ts; the staff pages' scripts left out of its
 * preload list, web/vite.config.ts; the indicator page and its words in a chunk of their own,
 * web/src/app/indicator-route.tsx, as the review's and the screen's words are; the worker that loads
 * Intl's data off the main thread, 0.4 KB; TanStack Query's mutations left to the pages that change
 * data, web/src/api/*-mutations.ts), and this fails when it grows.
 */
export const FIRST_LOAD_BUDGET = 103 * 1024;

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

/** Static imports of a built chunk: `import"./a.js"`, `from"./b.js"` (minified, relative to assets/). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/**
 * The chunks the small entry imports dynamically once the server's page is painted (React DOM, then
 * the app: web/src/main.tsx): the cards are not interactive before they have run, so they count.
 * Only the entry's: the app's own dynamic imports are the lazy pages.
 */
function entryDynamicImports(code: string): string[] {
  return [...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
}

/**
 * The workers the entry starts at once (web/src/app/warm-intl-in-worker.ts): they run off the main
 * thread, but the phone fetches them with the first load, so they count.
 */
function entryWorkers(code: string): string[] {
  return [...code.matchAll(/new Worker\(\s*new URL\(\s*["'`]\/?(?:assets\/)?([^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
}

/** The files index.html names for the first load: the entry script and the module preloads. */
function htmlChunks(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/?assets\/([^"]+\.js)"/g)];
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?assets\/([^"]+\.js)"/g)];
  return [...scripts, ...preloads].map((m) => m[1]!);
}

export function firstLoadChunks(webDist: string): ChunkSize[] {
  const assets = join(webDist, 'assets');
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const seen = new Map<string, ChunkSize>();
  const queue = htmlChunks(html);
  const entry = queue[0];
  if (entry === undefined) throw new Error(`no module script in ${join(webDist, 'index.html')}`);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const raw = readFileSync(join(assets, file));
    seen.set(file, { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length });
    const code = raw.toString('utf8');
    queue.push(...staticImports(code), ...(file === entry ? [...entryDynamicImports(code), ...entryWorkers(code)] : []));
  }
  return [...seen.values()].sort((a, b) => b.gzip - a.gzip);
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
