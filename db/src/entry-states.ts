import type { EntryStatus } from '@kpi/shared';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from './open-db.js';
import { DEFAULT_ORG_UNIT, indicators, observationRevisions, observations } from './schema.js';

/**
 * Each figure of `year` that has a revision: its latest revision's state, whether a published one
 * exists, and the return comment when the latest was sent back. One query for the whole year.
 * Superseded revisions are older than the one that replaced them, so they never come first.
 */
export function yearEntryStates(db: DbOrTx, year: number, orgUnit = DEFAULT_ORG_UNIT): EntryStatus[] {
  const rows = db
    .select({ code: indicators.code, state: observationRevisions.state, comment: observationRevisions.reviewComment })
    .from(observationRevisions)
    .innerJoin(observations, eq(observations.id, observationRevisions.observationId))
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .where(and(eq(observations.period, year), eq(observations.orgUnit, orgUnit), ne(observationRevisions.state, 'superseded')))
    .orderBy(indicators.code, desc(observationRevisions.id))
    .all();
  const byCode = new Map<string, EntryStatus>();
  for (const row of rows) {
    if (row.state === 'superseded') continue; // filtered by the query; this narrows the type
    const known = byCode.get(row.code);
    if (known) {
      known.hasPublished ||= row.state === 'published';
      continue;
    }
    // Rows come newest first within an indicator: the first one is the latest revision.
    byCode.set(row.code, {
      indicatorCode: row.code,
      state: row.state,
      hasPublished: row.state === 'published',
      returnComment: row.state === 'returned' ? row.comment : null,
    });
  }
  return [...byCode.values()];
}
