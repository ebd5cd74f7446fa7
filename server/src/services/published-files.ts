import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { PublishedView } from './published-view.js';

/** A file built from the published figures, with the ETag of its bytes. */
export interface PublishedFile {
  body: Buffer;
  etag: string;
}

type Build = () => Buffer | Promise<Buffer>;

/** What a query may hold; arrays are read as sets (`indicators=a,b` is `indicators=b,a`). */
type QueryPart = string | number | readonly string[] | undefined;

export interface PublishedFilesOptions {
  /** Files kept at most: a few dozen covers the years and languages people actually ask for. */
  maxEntries?: number;
  /** Bytes kept at most, however many files: a whole-catalogue XLSX is a few hundred KB. */
  maxBytes?: number;
}

/**
 * Files built from the published figures (the review as Word and JSON, the figures as XLSX and
 * CSV), kept per data version and query. Anyone may ask for them when PUBLIC_READ is on, and a Word
 * or XLSX file costs tens of milliseconds of CPU to build: rebuilt on every request, a stream of
 * them would be a cheap denial of service. The least recently used go first past the bounds; all
 * go when the view's version moves (every write calls `app.invalidateViews()`, which moves it).
 * Identical requests that arrive while one is being built share that build. Drafts never get
 * here: only the published view is read.
 */
export class PublishedFiles {
  readonly #cache: LRUCache<string, PublishedFile, Build>;
  #version: number;

  constructor(
    private readonly view: PublishedView,
    { maxEntries = 32, maxBytes = 64 * 1024 * 1024 }: PublishedFilesOptions = {},
  ) {
    this.#version = view.version;
    this.#cache = new LRUCache<string, PublishedFile, Build>({
      max: maxEntries,
      maxSize: maxBytes,
      sizeCalculation: (file) => Math.max(1, file.body.length),
      fetchMethod: async (_key, _stale, { context: build }) => {
        const body = await build();
        return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      },
      // A build evicted or dropped (by a new version) while it runs still answers the request that
      // started it, from the data it read; it is just not kept.
      ignoreFetchAbort: true,
    });
  }

  /** The file `name` for this query, built by `build` unless this version already has it. */
  async get(name: string, query: Record<string, QueryPart>, build: Build): Promise<PublishedFile> {
    if (this.view.version !== this.#version) {
      this.#version = this.view.version;
      this.#cache.clear();
    }
    const file = await this.#cache.fetch(`${this.#version}|${name}|${keyOf(query)}`, { context: build });
    // fetchMethod never resolves undefined, and a build that throws rejects instead.
    if (!file) throw new Error(`no ${name} was built`);
    return file;
  }
}

/** The same key for the same question, whatever the order of its parameters and of a list's items. */
function keyOf(query: Record<string, QueryPart>): string {
  const canonical = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name, Array.isArray(value) ? [...new Set(value)].sort() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(canonical);
}
