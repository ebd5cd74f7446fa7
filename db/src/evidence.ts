import { and, eq, isNotNull, or } from 'drizzle-orm';
import type { DbOrTx } from './open-db.js';
import { observationRevisions, provinceRanks, targets } from './schema.js';

/**
 * A source is evidence once published data cites it: a target (every revision of a target is
 * public: the indicator page lists them all, the one in force marked) or a figure's revision that
 * is published or was. A revision superseded after its review was published and then corrected;
 * a superseded draft was never reviewed (`approvedAt` in mappers.ts reads it the same way).
 * A row of a provincial ranking table is public at once (the Ministry published it), so its
 * source is evidence too. Evidence is public, and fixed: the public has seen it, so it stays as they saw it.
 */
const wasPublished = or(
  eq(observationRevisions.state, 'published'),
  and(eq(observationRevisions.state, 'superseded'), isNotNull(observationRevisions.reviewedAt)),
);

/** Whether published data cites the source; read it in the transaction that acts on the answer. */
export function isEvidence(db: DbOrTx, sourceId: number): boolean {
  const byTarget = db.select({ id: targets.id }).from(targets).where(eq(targets.sourceId, sourceId)).limit(1).get();
  if (byTarget) return true;
  if (db.select({ id: provinceRanks.id }).from(provinceRanks).where(eq(provinceRanks.sourceId, sourceId)).limit(1).get()) return true;
  const byFigure = db
    .select({ id: observationRevisions.id })
    .from(observationRevisions)
    .where(and(eq(observationRevisions.sourceId, sourceId), wasPublished))
    .limit(1)
    .get();
  return byFigure !== undefined;
}

/** The ids of every source published data cites, in one pass over targets and revisions. */
export function evidenceSourceIds(db: DbOrTx): Set<number> {
  const byTargets = db.selectDistinct({ id: targets.sourceId }).from(targets).where(isNotNull(targets.sourceId));
  const byFigures = db
    .selectDistinct({ id: observationRevisions.sourceId })
    .from(observationRevisions)
    .where(and(isNotNull(observationRevisions.sourceId), wasPublished));
  const byRanks = db.selectDistinct({ id: provinceRanks.sourceId }).from(provinceRanks);
  return new Set(
    byTargets
      .union(byFigures)
      .union(byRanks)
      .all()
      .map((r) => r.id!),
  );
}
