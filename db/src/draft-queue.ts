import type { PendingDraft } from '@kpi/shared';
import { eq } from 'drizzle-orm';
import { observationState } from './observation-writes.js';
import type { Db } from './open-db.js';
import { indicators, observationRevisions, observations, users } from './schema.js';

/**
 * Every figure with a pending draft, for the approvers' queue, oldest draft first: each with last
 * year's published figure, so the approver sees the change, and the author's display name.
 */
export function pendingDrafts(db: Db): PendingDraft[] {
  const rows = db
    .select({
      code: indicators.code,
      year: observations.period,
      orgUnit: observations.orgUnit,
      author: observationRevisions.createdBy,
      authorName: users.displayName,
    })
    .from(observationRevisions)
    .innerJoin(observations, eq(observations.id, observationRevisions.observationId))
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .leftJoin(users, eq(users.username, observationRevisions.createdBy))
    .where(eq(observationRevisions.state, 'draft'))
    .orderBy(observationRevisions.id)
    .all();
  return rows.map(({ author, authorName, ...key }) => ({
    ...observationState(db, key)!,
    previous: observationState(db, { ...key, year: key.year - 1 })?.published?.figure ?? null,
    authorName: authorName ?? author,
  }));
}
