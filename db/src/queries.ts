import { groupBy, type IndicatorData, type Indicator, type Source } from '@kpi/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { evidenceSourceIds } from './evidence.js';
import { continuations, storedFile, toFigure, toIndicator, toSource, toTarget } from './mappers.js';
import type { Db } from './open-db.js';
import { DEFAULT_ORG_UNIT, indicators, observationRevisions, observations, sourceFiles, sources, targets } from './schema.js';

export function listIndicators(db: Db): Indicator[] {
  const rows = db.select().from(indicators).orderBy(asc(indicators.sortOrder), asc(indicators.id)).all();
  const continuedBy = continuations(rows);
  return rows.map((row) => toIndicator(row, continuedBy.get(row.code) ?? null));
}

export interface SourceListOptions {
  /** Analysts' list: every source, those only drafts (or nothing) cite too. */
  all?: boolean;
}

/**
 * The source documents, each with its stored file's facts and whether published data cites it
 * (evidence.ts). By default only those it cites: the public list, where a source that only
 * drafts cite must not appear before an approver publishes it.
 */
export function listSources(db: Db, { all = false }: SourceListOptions = {}): Source[] {
  const cited = evidenceSourceIds(db);
  return db
    .select({ source: sources, name: sourceFiles.name, mediaType: sourceFiles.mediaType, size: sourceFiles.size, sha256: sourceFiles.sha256 })
    .from(sources)
    .leftJoin(sourceFiles, eq(sourceFiles.sourceId, sources.id))
    .orderBy(asc(sources.id))
    .all()
    .filter(({ source }) => all || cited.has(source.id))
    .map(({ source, ...file }) => toSource(source, storedFile(file), cited.has(source.id)));
}

export interface LoadOptions {
  onlyCode?: string;
  /** Analysts' preview: a pending draft stands in for the published figure. */
  includeDrafts?: boolean;
}

/**
 * Every indicator with its published figures and its targets (all revisions, the one in force
 * marked) — the input of the dashboard and of the indicator pages. Four queries, whatever the count.
 */
export function loadPublishedData(db: Db, { onlyCode, includeDrafts = false }: LoadOptions = {}): IndicatorData[] {
  const indicatorRows = db
    .select()
    .from(indicators)
    .where(onlyCode === undefined ? undefined : eq(indicators.code, onlyCode))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const sourceById = new Map(listSources(db, { all: includeDrafts }).map((s) => [s.id, s]));
  const source = (id: number | null) => (id === null ? null : (sourceById.get(id) ?? null));

  const states: ('published' | 'draft')[] = includeDrafts ? ['published', 'draft'] : ['published'];
  const joined = db
    .select({ obs: observations, rev: observationRevisions })
    .from(observations)
    .innerJoin(observationRevisions, and(eq(observationRevisions.observationId, observations.id), inArray(observationRevisions.state, states)))
    // The province's own series: a commune's figures are its own, never a point of the province's.
    .where(eq(observations.orgUnit, DEFAULT_ORG_UNIT))
    .orderBy(asc(observations.period))
    .all();
  // With drafts, one row per observation: the draft where there is one (found in one pass, not a
  // search of every row for each row).
  const drafted = new Set(joined.filter((r) => r.rev.state === 'draft').map((r) => r.obs.id));
  const figureRows = includeDrafts ? joined.filter((r) => r.rev.state === 'draft' || !drafted.has(r.obs.id)) : joined;
  const targetRows = db.select().from(targets).where(eq(targets.orgUnit, DEFAULT_ORG_UNIT)).orderBy(asc(targets.year), asc(targets.revision)).all();

  // With one code asked for, the indicator continuing it is looked up by itself.
  const continuedBy = continuations(onlyCode === undefined ? indicatorRows : db.select().from(indicators).where(eq(indicators.continues, onlyCode)).all());
  // Grouped once by indicator: filtering every row per indicator grew with indicators × figures.
  const figuresOf = groupBy(figureRows, (f) => f.obs.indicatorId);
  const targetsOf = groupBy(targetRows, (t) => t.indicatorId);
  return indicatorRows.map((row) => {
    const indicator = toIndicator(row, continuedBy.get(row.code) ?? null);
    const figures = (figuresOf.get(row.id) ?? []).map((f) => toFigure(indicator.kind, f.obs, f.rev, source(f.rev.sourceId)));
    const own = targetsOf.get(row.id) ?? [];
    const latestRevision = new Map<number, number>();
    for (const t of own) latestRevision.set(t.year, Math.max(latestRevision.get(t.year) ?? 0, t.revision));
    const targetList = own.map((t) => toTarget(t, source(t.sourceId), latestRevision.get(t.year) === t.revision));
    return { indicator, figures, targets: targetList };
  });
}

/** When the published data last changed: the newest revision, review or target (ISO instant). */
export function lastDataChange(db: Db): string {
  const row = db.get<{ at: string | null }>(sql`
    select max(at) as at from (
      select max(coalesce(${observationRevisions.reviewedAt}, ${observationRevisions.createdAt})) as at from ${observationRevisions}
      union all select max(${targets.createdAt}) from ${targets}
    )`);
  return row?.at ?? new Date(0).toISOString();
}
