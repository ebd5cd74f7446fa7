import { createHash } from 'node:crypto';
import { brotliCompress, constants as zlib, gzipSync } from 'node:zlib';
import {
  buildAsOf,
  buildCards,
  buildSeries,
  buildTrend,
  buildUnitBreakdown,
  catalogueContent,
  countByStatus,
  type Catalogue,
  type Dashboard,
  type IndicatorData,
  type IndicatorGroupEntry,
  type Indicator,
  type IndicatorDetail,
  type OrgUnit,
  type Source,
  type UnitBreakdown,
  unitFigureYears,
} from '@kpi/shared';
import {
  lastDataChange,
  listIndicatorGroups,
  listOrgUnits,
  listSources,
  loadPublishedData,
  loadUnitDashboardData,
  loadUnitData,
  publishedCommentary,
  type CommentaryKey,
  type Db,
  type UnitData,
} from '@kpi/db';

/** A body in one content encoding, with its own ETag (a cache must not mix encodings). */
export interface EncodedBody {
  body: Buffer;
  etag: string;
}

/** A response body serialised (and compressed) once, with its ETags. */
export interface CachedBody {
  body: string;
  etag: string;
  /** The same body gzipped, made on first use: browsers and screens all accept gzip. */
  gzip(): EncodedBody;
  /**
   * The same body in brotli (about 15 % smaller than gzip -9 on the dashboard), which browsers
   * ask for over HTTPS (and from localhost). Quality 11 takes ~0.1 s, so it is compressed off the event loop on first
   * ask; null until then (and if it failed), when gzip serves.
   */
  brotli(): EncodedBody | null;
}

interface Snapshot {
  groups: IndicatorGroupEntry[];
  data: IndicatorData[];
  sources: Source[];
  years: number[];
  updatedAt: string;
  catalogue: Catalogue;
}

/**
 * The names the dashboard's cards refer to by code and id: the groups, every indicator, and every
 * document by number and title. Its version is a hash of its content, so it changes only when they do.
 */
function catalogueOf(groups: IndicatorGroupEntry[], data: IndicatorData[], sources: Source[]): Catalogue {
  const content = catalogueContent(groups, data, sources);
  return { version: createHash('sha1').update(JSON.stringify(content)).digest('base64url').slice(0, 16), ...content };
}

function brotliOptions(size: number) {
  return { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: size } };
}

function cached(value: unknown): CachedBody {
  return cachedText(JSON.stringify(value));
}

/** A text body (a rendered page) kept with its ETag and its compressed forms, as the JSON bodies are. */
export function cachedText(body: string): CachedBody {
  const hash = createHash('sha1').update(body).digest('base64url');
  let gzipped: EncodedBody | undefined;
  let brotli: EncodedBody | null = null;
  let brotliStarted = false;
  return {
    body,
    etag: `"${hash}"`,
    gzip: () => (gzipped ??= { body: gzipSync(body, { level: 9 }), etag: `"${hash}-gz"` }),
    brotli: () => {
      if (!brotliStarted) {
        brotliStarted = true;
        brotliCompress(body, brotliOptions(Buffer.byteLength(body)), (err, out) => {
          // On failure gzip keeps serving: the body is the same, only larger.
          if (!err) brotli = { body: out, etag: `"${hash}-br"` };
        });
      }
      return brotli;
    },
  };
}

/**
 * The published data as leaders and screens read it, computed once per change rather than once
 * per request: dashboards are read far more than written. Bodies are serialised once and served
 * as strings with a precomputed ETag. Call `invalidate()` after every write that publishes.
 * With `includeDrafts` (analysts' preview) drafts stand in for published figures and every source
 * is listed; without it, only the sources published data cites, so a body cached here is the same
 * for every reader.
 */
export class PublishedView {
  #snapshot: Snapshot | null = null;
  readonly #bodies = new Map<string, CachedBody>();
  /** Dashboards by year apart: the hottest read finds its body without building a key or a closure. */
  readonly #dashboards = new Map<number, CachedBody>();
  /** Each indicator's unit figures, loaded on first ask: most indicators' pages are never opened. */
  readonly #unitData = new Map<string, UnitData | null>();
  #orgUnits: OrgUnit[] | null = null;
  /** The units' codes, so a unit's overview checks its unit without a query per read. */
  #orgUnitCodes: Set<string> | null = null;
  /** Units' overviews' data, by unit code, loaded on first ask. */
  readonly #unitDashboards = new Map<string, { data: IndicatorData[]; years: number[] }>();
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
    this.#dashboards.clear();
    this.#unitData.clear();
    this.#unitDashboards.clear();
    this.#orgUnits = null;
    this.#orgUnitCodes = null;
    this.#version += 1;
  }

  #load(): Snapshot {
    if (this.#snapshot) return this.#snapshot;
    const data = loadPublishedData(this.db, this.options);
    const years = [...new Set(data.flatMap((d) => d.figures.map((f) => f.year)))].sort((a, b) => b - a);
    const sources = listSources(this.db, { all: this.options.includeDrafts });
    const groups = listIndicatorGroups(this.db);
    this.#snapshot = { groups, data, sources, years, updatedAt: lastDataChange(this.db), catalogue: catalogueOf(groups, data, sources) };
    return this.#snapshot;
  }

  #memo(key: string, build: () => unknown): CachedBody {
    let hit = this.#bodies.get(key);
    if (!hit) this.#bodies.set(key, (hit = cached(build())));
    return hit;
  }

  /** The loaded data itself, for views built elsewhere (the yearly review). */
  snapshot(): { groups: IndicatorGroupEntry[]; data: IndicatorData[]; updatedAt: string } {
    const { groups, data, updatedAt } = this.#load();
    return { groups, data, updatedAt };
  }

  /** The latest year with a published figure; the current year when there is none. */
  latestYear(): number {
    return this.#load().years[0] ?? new Date().getFullYear();
  }

  dashboard(year: number): CachedBody {
    let hit = this.#dashboards.get(year);
    if (!hit) this.#dashboards.set(year, (hit = cached(this.#buildDashboard(year))));
    return hit;
  }

  /** Whether an organisation unit has this code (cached with the view, so invalidated by unit writes). */
  hasUnit(code: string): boolean {
    this.#orgUnits ??= listOrgUnits(this.db);
    this.#orgUnitCodes ??= new Set(this.#orgUnits.map((u) => u.code));
    return this.#orgUnitCodes.has(code);
  }

  /**
   * A commune's (or ward's) overview: the cards of the indicators made from units, with the unit's
   * figures and its own targets or the province's. Without `year`, the latest the unit has a figure
   * for. Built from the unit's rows alone, so one commune's page costs little whatever the size of the rest.
   */
  unitDashboard(unit: string, year?: number): CachedBody {
    const { updatedAt, catalogue, data: province } = this.#load();
    let loaded = this.#unitDashboards.get(unit);
    if (!loaded) {
      const data = loadUnitDashboardData(this.db, unit, province);
      const years = [...new Set(data.flatMap((d) => d.figures.map((f) => f.year)))].sort((a, b) => b - a);
      this.#unitDashboards.set(unit, (loaded = { data, years }));
    }
    const { data, years } = loaded;
    const shown = year ?? years[0] ?? this.latestYear();
    return this.#memo(`unit-dashboard:${unit}:${shown}`, (): Dashboard => {
      const cards = buildCards(data, shown);
      return { year: shown, years, counts: countByStatus(cards), cards, catalogueVersion: catalogue.version, updatedAt };
    });
  }

  #buildDashboard(year: number): Dashboard {
    const { data, years, updatedAt, catalogue } = this.#load();
    // An indicator replaced by another by `year` is no current result: no card, and not counted.
    const cards = buildCards(data, year);
    return { year, years, counts: countByStatus(cards), cards, catalogueVersion: catalogue.version, updatedAt };
  }

  /** The catalogue of `catalogueOf`, as the body of `GET /api/catalogue`. */
  catalogue(): CachedBody {
    return this.#memo('catalogue', () => this.#load().catalogue);
  }

  /** null when no indicator has that code; `year` decides `asOf` (the latest year with data when absent). */
  indicator(code: string, year = this.latestYear()): CachedBody | null {
    const found = this.#load().data.find((d) => d.indicator.code === code);
    if (!found) return null;
    const replacedBy = found.indicator.replacedBy?.code;
    return this.#memo(`indicator:${code}:${year}`, (): IndicatorDetail => {
      const used = new Set([...found.figures.map((f) => f.source?.id), ...found.targets.map((t) => t.source?.id)]);
      return {
        indicator: found.indicator,
        series: buildSeries(found),
        targets: found.targets,
        sources: this.#load().sources.filter((s) => used.has(s.id)),
        trend: buildTrend(found.figures, found.targets),
        asOf: buildAsOf(found, year),
        replacement: this.#indicatorOf(replacedBy),
        seriesBreak: { continues: this.#indicatorOf(found.indicator.continues), continuedBy: this.#indicatorOf(found.indicator.continuedBy) },
      };
    });
  }

  /**
   * One indicator unit by unit for `year` (without it, the latest year a unit has a figure, else
   * the latest with any): null when no indicator has that code.
   */
  units(code: string, year?: number): CachedBody | null {
    const found = this.indicatorData(code);
    if (!found) return null;
    let units = this.#unitData.get(code);
    if (units === undefined) this.#unitData.set(code, (units = loadUnitData(this.db, code)));
    if (!units) return null;
    const data = units;
    const shown = year ?? unitFigureYears(data.figures)[0] ?? this.latestYear();
    return this.#memo(`units:${code}:${shown}`, (): UnitBreakdown => {
      this.#orgUnits ??= listOrgUnits(this.db);
      return buildUnitBreakdown({
        indicator: found.indicator,
        aggregation: data.aggregation,
        year: shown,
        units: this.#orgUnits,
        province: found,
        unitFigures: data.figures,
        unitTargets: data.targets,
      });
    });
  }

  /**
   * The published commentary of an indicator's year (the province's, or a unit's), null when no
   * indicator has that code. Kept until the next write that publishes: publishing commentary
   * invalidates the view like every other.
   */
  commentary({ code, year, orgUnit }: Required<CommentaryKey>): CachedBody | null {
    const key = `commentary:${code}:${year}:${orgUnit}`;
    const hit = this.#bodies.get(key);
    if (hit) return hit;
    const found = publishedCommentary(this.db, { code, year, orgUnit });
    return found && this.#memo(key, () => found);
  }

  #indicatorOf(code: string | null | undefined): Indicator | null {
    return code ? (this.#load().data.find((d) => d.indicator.code === code)?.indicator ?? null) : null;
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
