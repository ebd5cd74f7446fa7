import { createHash } from 'node:crypto';
import type { Figure, Indicator } from '@kpi/shared';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { toFigure, toIndicator, toSource } from './mappers.js';
import type { DbOrTx } from './open-db.js';
import { indicators, observationRevisions, observations, sources } from './schema.js';

/** A figure as an import plans against it. */
export interface CurrentFigure {
  observationId: number;
  version: number;
  /** What a new draft replaces: the pending draft, else the published figure. */
  current: Figure | null;
}

/** Well under SQLite's limit of bound parameters per statement. */
const CODES_PER_QUERY = 500;

function* inChunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export const figureKey = (code: string, year: number, orgUnit: string) => `${code}/${year}/${orgUnit}`;

/**
 * Every figure of these indicators, keyed by `figureKey`: a few queries however many figures
 * (looking each one up costs an import of thousands of figures seconds).
 */
export function currentFigures(db: DbOrTx, codes: Iterable<string>): Map<string, CurrentFigure> {
  const sourceById = new Map(
    db
      .select()
      .from(sources)
      .all()
      .map((row) => [row.id, toSource(row)]),
  );
  const kinds = new Map<number, Indicator['kind']>();
  const figures = new Map<string, CurrentFigure>();
  for (const chunk of inChunks([...new Set(codes)], CODES_PER_QUERY)) {
    const rows = db
      .select({ indicator: indicators, obs: observations, rev: observationRevisions })
      .from(observations)
      .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
      .leftJoin(observationRevisions, and(eq(observationRevisions.observationId, observations.id), inArray(observationRevisions.state, ['draft', 'published'])))
      .where(inArray(indicators.code, chunk))
      .all();
    for (const { indicator, obs, rev } of rows) {
      const key = figureKey(indicator.code, obs.period, obs.orgUnit);
      const figure = figures.get(key) ?? { observationId: obs.id, version: obs.version, current: null };
      figures.set(key, figure);
      // The pending draft stands in for the published figure.
      if (!rev || (figure.current && rev.state !== 'draft')) continue;
      let kind = kinds.get(indicator.id);
      if (!kind) kinds.set(indicator.id, (kind = toIndicator(indicator).kind));
      figure.current = toFigure(kind, obs, rev, rev.sourceId === null ? null : (sourceById.get(rev.sourceId) ?? null));
    }
  }
  return figures;
}

/**
 * What an import's plan depends on, hashed: the catalogue, the sources, and for each of these
 * indicators how many figures it has and the sum of their versions. Every write to a figure bumps
 * its version (or adds one) and no figure is deleted but with its indicator, so the hash moves on
 * any change the plan could have seen. Taken in the plan's read transaction and again under the
 * write lock: equal, the plan still holds.
 */
export function figuresFingerprint(db: DbOrTx, codes: Iterable<string>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(db.select().from(indicators).orderBy(asc(indicators.id)).all()));
  hash.update(JSON.stringify(db.select().from(sources).orderBy(asc(sources.id)).all()));
  for (const chunk of inChunks([...new Set(codes)].sort(), CODES_PER_QUERY)) {
    const perIndicator = db
      .select({ code: indicators.code, figures: count(), versions: sql<number>`total(${observations.version})` })
      .from(observations)
      .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
      .where(inArray(indicators.code, chunk))
      .groupBy(indicators.code)
      .orderBy(asc(indicators.code))
      .all();
    hash.update(JSON.stringify(perIndicator));
  }
  return hash.digest('base64url');
}
