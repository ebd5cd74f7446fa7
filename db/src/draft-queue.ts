import type { PendingDraft } from '@kpi/shared';
import { eq } from 'drizzle-orm';
import { observationState } from './observation-writes.js';
import type { Db } from './open-db.js';
import { indicators, observationRevisions, observations, orgUnits, users } from './schema.js';

/**
 * Every figure with a pending draft, for the approvers' queue, oldest draft first: each with last
 * year's published figure, so the approver sees the change, the author's display name, and the
 * unit's name and kind, so a commune's draft is known by its name rather than its code.
 */
export function pendingDrafts(db: Db): PendingDraft[] {
  const rows = db
    .select({
      code: indicators.code,
      year: observations.period,
      orgUnit: observations.orgUnit,
      author: observationRevisions.createdBy,
      authorName: users.displayName,
      unitName: orgUnits.name,
      unitKind: orgUnits.kind,
    })
    .from(observationRevisions)
    .innerJoin(observations, eq(observations.id, observationRevisions.observationId))
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .leftJoin(users, eq(users.username, observationRevisions.createdBy))
    .leftJoin(orgUnits, eq(orgUnits.code, observations.orgUnit))
    .where(eq(observationRevisions.state, 'draft'))
    .orderBy(observationRevisions.id)
    .all();
  return rows.map(({ author, authorName, unitName, unitKind, ...key }) => ({
    ...observationState(db, key)!,
    previous: observationState(db, { ...key, year: key.year - 1 })?.published?.figure ?? null,
    authorName: authorName ?? author,
    unit: unitName !== null && unitKind !== null ? { name: unitName, kind: unitKind } : null,
  }));
}
