import type { Aggregation, Figure, Target } from '@kpi/shared';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { toFigure, toIndicator, toSource, toTarget } from './mappers.js';
import type { Db } from './open-db.js';
import { DEFAULT_ORG_UNIT, indicators, observationRevisions, observations, sources, targets } from './schema.js';

/** One indicator's figures and targets below the province: what its breakdown by unit is built from. */
export interface UnitData {
  aggregation: Aggregation;
  /** Every unit's published figure, any year, each naming its `orgUnit`. */
  figures: Figure[];
  /** Targets set for a unit itself (all revisions, the one in force marked), by unit code. */
  targets: Map<string, Target[]>;
}

/**
 * The published figures and targets of every unit other than the province for one indicator, or
 * null when no indicator has that code. A few queries on the (indicator, period, unit) index
 * however many units and years, and one pass to group them.
 */
export function loadUnitData(db: Db, code: string): UnitData | null {
  const row = db.select().from(indicators).where(eq(indicators.code, code)).get();
  if (!row) return null;
  const kind = toIndicator(row).kind;
  const joined = db
    .select({ obs: observations, rev: observationRevisions })
    .from(observations)
    .innerJoin(observationRevisions, and(eq(observationRevisions.observationId, observations.id), eq(observationRevisions.state, 'published')))
    .where(and(eq(observations.indicatorId, row.id), ne(observations.orgUnit, DEFAULT_ORG_UNIT)))
    .orderBy(asc(observations.period), asc(observations.orgUnit))
    .all();
  const targetRows = db
    .select()
    .from(targets)
    .where(and(eq(targets.indicatorId, row.id), ne(targets.orgUnit, DEFAULT_ORG_UNIT)))
    .orderBy(asc(targets.year), asc(targets.revision))
    .all();
  const sourceIds = [...new Set([...joined.map((r) => r.rev.sourceId), ...targetRows.map((t) => t.sourceId)].filter((id): id is number => id !== null))];
  const sourceById = new Map(
    (sourceIds.length === 0 ? [] : db.select().from(sources).where(inArray(sources.id, sourceIds)).all()).map((s) => [s.id, toSource(s)]),
  );
  const source = (id: number | null) => (id === null ? null : (sourceById.get(id) ?? null));

  const latestRevision = new Map<string, number>();
  for (const t of targetRows) latestRevision.set(`${t.orgUnit}/${t.year}`, Math.max(latestRevision.get(`${t.orgUnit}/${t.year}`) ?? 0, t.revision));
  const byUnit = new Map<string, Target[]>();
  for (const t of targetRows) {
    const target = toTarget(t, source(t.sourceId), latestRevision.get(`${t.orgUnit}/${t.year}`) === t.revision);
    byUnit.set(t.orgUnit, [...(byUnit.get(t.orgUnit) ?? []), target]);
  }
  return {
    aggregation: row.aggregation,
    figures: joined.map(({ obs, rev }) => toFigure(kind, obs, rev, source(rev.sourceId))),
    targets: byUnit,
  };
}
