import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../open-db.js';
import { indicators, targets } from '../schema.js';
import type { SeedIndicator } from './types.js';

/**
 * A database made before rank targets carried a reading (migration 0015 adds the column, empty)
 * gets them on its next start: the seed's own targets as the seed reads them (the 2025 plan's DTI
 * "top 10" is a position), every other rank target a share, the rule they were judged by until
 * then. Data, not schema, so it lives here and not in a migration; only empty readings are filled,
 * so an approver's choice is never overwritten and a restart changes nothing.
 */
export function fillRankReadings(db: Db, seeded: readonly SeedIndicator[]): void {
  db.transaction((tx) => {
    for (const ind of seeded) {
      for (const t of ind.targets) {
        if (!t.reading) continue;
        const row = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, ind.code)).get();
        if (!row) continue;
        tx.update(targets)
          .set({ reading: t.reading })
          .where(and(eq(targets.indicatorId, row.id), eq(targets.year, t.year), eq(targets.createdBy, 'seed'), isNull(targets.reading)))
          .run();
      }
    }
    const ranks = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.kind, 'rank')).all();
    if (ranks.length === 0) return;
    tx.update(targets)
      .set({ reading: 'share' })
      .where(
        and(
          isNull(targets.reading),
          inArray(
            targets.indicatorId,
            ranks.map((r) => r.id),
          ),
        ),
      )
      .run();
  });
}
