import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  buildAsOf,
  buildCard,
  buildSeries,
  buildTrend,
  statuses,
  type Dashboard,
  type IndicatorData,
  type IndicatorDetail,
  type Source,
  type StatusCounts,
} from '@kpi/shared';
import { lastDataChange, listSources, loadPublishedData, type Db } from '@kpi/db';

/** A response body serialised (and gzipped) once, with its ETags. */
export interface CachedBody {
  body: string;
  etag: string;
  /** The same body gzipped, made on first use: browsers and screens all accept gzip. */
  gzip(): { body: Buffer; etag: string };
}

interface Snapshot {
  data: IndicatorData[];
  sources: Source[];
  years: number[];
  updatedAt: string;
}

function cached(value: unknown): CachedBody {
  const body = JSON.stringify(value);
  const hash = createHash('sha1').update(body).digest('base64url');
  let gzipped: { body: Buffer; etag: string } | undefined;
  return {
    body,
    etag: `"${hash}"`,
    gzip: () => (gzipped ??= { body: gzipSync(body, { level: 9 }), etag: `"${hash}-gz"` }),
  };
}

/**
 * The published data as leaders and screens read it, computed once per change rather than once
 * per request: dashboards are read far more than written. Bodies are serialised once and served
 * as strings with a precomputed ETag. Call `invalidate()` after every write that publishes.
 */
export class PublishedView {
  #snapshot: Snapshot | null = null;
  readonly #bodies = new Map<string, CachedBody>();
  #version = 1;

  constructor(
    private readonly db: Db,
    private readonly options: { includeDrafts: boolean } = { includeDrafts: false },
  ) {}

  get version(): number {
    return this.#version;
  }

  invalidate(): void {
    this.#snapshot = null;
    this.#bodies.clear();
    this.#version += 1;
  }

  #load(): Snapshot {
    if (this.#snapshot) return this.#snapshot;
    const data = loadPublishedData(this.db, this.options);
    const years = [...new Set(data.flatMap((d) => d.figures.map((f) => f.year)))].sort((a, b) => b - a);
    this.#snapshot = { data, sources: listSources(this.db), years, updatedAt: lastDataChange(this.db) };
    return this.#snapshot;
  }

  #memo(key: string, build: () => unknown): CachedBody {
    let hit = this.#bodies.get(key);
    if (!hit) this.#bodies.set(key, (hit = cached(build())));
    return hit;
  }

  /** The loaded data itself, for views built elsewhere (the yearly review). */
  snapshot(): { data: IndicatorData[]; updatedAt: string } {
    const { data, updatedAt } = this.#load();
    return { data, updatedAt };
  }

  /** The latest year with a published figure; the current year when there is none. */
  latestYear(): number {
    return this.#load().years[0] ?? new Date().getFullYear();
  }

  dashboard(year: number): CachedBody {
    return this.#memo(`dashboard:${year}`, (): Dashboard => {
      const { data, years, updatedAt } = this.#load();
      const cards = data.map((d) => buildCard(d, year));
      const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as StatusCounts;
      for (const card of cards) counts[card.status.status] += 1;
      return { year, years, counts, cards, updatedAt };
    });
  }

  /** null when no indicator has that code; `year` decides `asOf` (the latest year with data when absent). */
  indicator(code: string, year = this.latestYear()): CachedBody | null {
    const found = this.#load().data.find((d) => d.indicator.code === code);
    if (!found) return null;
    return this.#memo(`indicator:${code}:${year}`, (): IndicatorDetail => {
      const used = new Set([...found.figures.map((f) => f.source?.id), ...found.targets.map((t) => t.source?.id)]);
      return {
        indicator: found.indicator,
        series: buildSeries(found),
        targets: found.targets,
        sources: this.#load().sources.filter((s) => used.has(s.id)),
        trend: buildTrend(found.figures, found.targets),
        asOf: buildAsOf(found, year),
      };
    });
  }

  indicators(): CachedBody {
    return this.#memo('indicators', () => ({ indicators: this.#load().data.map((d) => d.indicator) }));
  }

  sources(): CachedBody {
    return this.#memo('sources', () => ({ sources: this.#load().sources }));
  }

  /** One indicator with its figures and targets, or null when no indicator has that code. */
  indicatorData(code: string): IndicatorData | null {
    return this.#load().data.find((d) => d.indicator.code === code) ?? null;
  }

  indicatorCount(): number {
    return this.#load().data.length;
  }
}
