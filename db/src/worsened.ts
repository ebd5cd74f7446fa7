import { worsening, type IndicatorData, type Status } from '@kpi/shared';
import { and, desc, eq, gte, inArray, isNotNull, ne } from 'drizzle-orm';
import { toFigure } from './mappers.js';
import type { Db } from './open-db.js';
import { loadPublishedData } from './queries.js';
import { DEFAULT_ORG_UNIT, indicators, observationRevisions, observations } from './schema.js';

export interface WorsenedOptions {
  /** Indicator codes by id, when the caller holds them already. */
  codes?: ReadonlyMap<number, string>;
  /** The published data (`loadPublishedData`), when the caller holds it already: the server's published view does. */
  published?: () => IndicatorData[];
}

/** The seed's publications are the report's, not news: no status "worsened" by them. */
const SEED_REVIEWER = 'seed';

export interface Worsening {
  code: string;
  /** The year of the latest figure the status is now judged on. */
  year: number;
  from: Status;
  to: Status;
  publishedAt: string;
}

/**
 * Indicators whose status got worse (`worsening`, the rule the off-track mail shares) with their newest publication
 * of a province figure, when that was on or after `since` (an ISO instant). "Before" is read from
 * the revisions: the published data with that figure's previous published revision (the newest
 * superseded one that was reviewed) in its place, or without it when it was the first.
 */
export function worsenedSince(db: Db, since: string, { codes, published = () => loadPublishedData(db) }: WorsenedOptions = {}): Worsening[] {
  const recent = db
    .select({ obs: observations, rev: observationRevisions })
    .from(observationRevisions)
    .innerJoin(observations, eq(observations.id, observationRevisions.observationId))
    .where(
      and(
        inArray(observationRevisions.state, ['published', 'superseded']),
        isNotNull(observationRevisions.reviewedAt),
        ne(observationRevisions.reviewedBy, SEED_REVIEWER),
        gte(observationRevisions.reviewedAt, since),
        eq(observations.orgUnit, DEFAULT_ORG_UNIT),
      ),
    )
    .orderBy(desc(observationRevisions.reviewedAt), desc(observationRevisions.id))
    .all();
  // Newest first: the first row of an indicator is its newest publication.
  const newest = new Map<number, (typeof recent)[number]>();
  for (const row of recent) if (!newest.has(row.obs.indicatorId)) newest.set(row.obs.indicatorId, row);
  if (newest.size === 0) return [];
  const codeOf =
    codes ??
    new Map(
      db
        .select({ id: indicators.id, code: indicators.code })
        .from(indicators)
        .all()
        .map((r) => [r.id, r.code]),
    );
  const data = new Map(published().map((d) => [d.indicator.code, d]));
  const result: Worsening[] = [];
  for (const { obs, rev } of newest.values()) {
    const current = data.get(codeOf.get(obs.indicatorId)!);
    if (!current || rev.state !== 'published') continue;
    const previousRev = db
      .select()
      .from(observationRevisions)
      .where(and(eq(observationRevisions.observationId, obs.id), eq(observationRevisions.state, 'superseded'), isNotNull(observationRevisions.reviewedAt)))
      .orderBy(desc(observationRevisions.id))
      .limit(1)
      .get();
    const others = current.figures.filter((f) => f.year !== obs.period);
    const before: IndicatorData = {
      ...current,
      figures: previousRev ? [...others, toFigure(current.indicator.kind, obs, previousRev, null)].sort((a, b) => a.year - b.year) : others,
    };
    const worse = worsening(before, current);
    if (worse) result.push({ code: current.indicator.code, year: worse.year, from: worse.from.status, to: worse.to.status, publishedAt: rev.reviewedAt! });
  }
  return result;
}
