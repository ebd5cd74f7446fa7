import type { TargetEntry } from '@kpi/shared';
import { and, eq, max } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { DbOrTx } from './open-db.js';
import { DEFAULT_ORG_UNIT, indicators, sources, targets } from './schema.js';

export type TargetWriteResult =
  | { ok: true; revision: number }
  | { ok: false; reason: 'unknown-indicator' }
  | { ok: false; reason: 'unknown-source' }
  | { ok: false; reason: 'reading-rank-only' }
  | { ok: false; reason: 'conflict'; currentRevision: number };

/**
 * Sets a year's target as a new revision: earlier revisions stay, the highest is in force.
 * `entry.revision` must be the revision in force (0 for none), so two approvers cannot overwrite
 * each other silently. `orgUnit` sets a commune's own target, revised apart from the province's;
 * the caller has checked that the unit may hold one (`unitRefusal`).
 */
export function saveTarget(db: DbOrTx, code: string, year: number, entry: TargetEntry, actor: string, orgUnit = DEFAULT_ORG_UNIT): TargetWriteResult {
  return db.transaction(
    (tx): TargetWriteResult => {
      const ind = tx.select().from(indicators).where(eq(indicators.code, code)).get();
      if (!ind) return { ok: false, reason: 'unknown-indicator' };
      // Only a rank target is a place or a share; a rank target that does not say is a share.
      if (ind.kind !== 'rank' && entry.reading) return { ok: false, reason: 'reading-rank-only' };
      const reading = ind.kind === 'rank' ? (entry.reading ?? 'share') : null;
      if (!tx.select({ id: sources.id }).from(sources).where(eq(sources.id, entry.sourceId)).get()) {
        return { ok: false, reason: 'unknown-source' };
      }
      const where = and(eq(targets.indicatorId, ind.id), eq(targets.year, year), eq(targets.orgUnit, orgUnit));
      const currentRevision =
        tx
          .select({ r: max(targets.revision) })
          .from(targets)
          .where(where)
          .get()?.r ?? 0;
      if (entry.revision !== currentRevision) return { ok: false, reason: 'conflict', currentRevision };
      const before = currentRevision
        ? tx
            .select()
            .from(targets)
            .where(and(where, eq(targets.revision, currentRevision)))
            .get()
        : null;
      const revision = currentRevision + 1;
      const values = {
        value: entry.value,
        comparator: entry.comparator,
        outOf: entry.outOf ?? null,
        reading,
        sourceId: entry.sourceId,
        locator: entry.locator ?? null,
        note: entry.note ?? null,
        noteEn: entry.noteEn ?? null,
      };
      tx.insert(targets)
        .values({ indicatorId: ind.id, year, orgUnit, revision, createdBy: actor, createdAt: new Date().toISOString(), ...values })
        .run();
      appendAudit(tx, {
        actor,
        action: 'target.save',
        entity: 'target',
        entityKey: `${code}/${year}/${orgUnit}`,
        indicatorCode: code,
        before: before
          ? {
              value: before.value,
              comparator: before.comparator,
              outOf: before.outOf,
              reading: before.reading,
              sourceId: before.sourceId,
              revision: before.revision,
            }
          : null,
        after: { ...values, revision },
      });
      return { ok: true, revision };
    },
    { behavior: 'immediate' },
  );
}
