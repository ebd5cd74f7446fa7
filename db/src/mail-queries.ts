import type { Role } from '@kpi/shared';
import { and, eq, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from './open-db.js';
import { indicators, observationRevisions, observations, orgUnits, users } from './schema.js';
import type { UserRow } from './users.js';

/** Who may be sent a notice: an enabled account with an address that has not turned notices off. */
const wantsNotices = and(eq(users.disabled, false), isNotNull(users.email), eq(users.mailNotices, true));

/** The accounts of these roles that take immediate notices. */
export function noticeRecipients(db: DbOrTx, roles: readonly Role[]): UserRow[] {
  return db
    .select()
    .from(users)
    .where(and(wantsNotices, inArray(users.role, [...roles])))
    .orderBy(users.username)
    .all();
}

/** The account if it takes immediate notices, else undefined. */
export function noticeRecipient(db: DbOrTx, username: string): UserRow | undefined {
  return db
    .select()
    .from(users)
    .where(and(wantsNotices, eq(users.username, username)))
    .get();
}

/** Accounts that want the digest and have not had one queued on `today` (Vietnam date, YYYY-MM-DD). */
export function digestRecipients(db: DbOrTx, today: string): UserRow[] {
  return db
    .select()
    .from(users)
    .where(and(eq(users.disabled, false), isNotNull(users.email), eq(users.mailDigest, true), or(isNull(users.digestOn), lt(users.digestOn, today))))
    .orderBy(users.username)
    .all();
}

/** Records that the user's digest of `today` is queued; false when one already was (another start got there first). */
export function claimDigest(db: DbOrTx, userId: number, today: string): boolean {
  return (
    db
      .update(users)
      .set({ digestOn: today })
      .where(and(eq(users.id, userId), or(isNull(users.digestOn), lt(users.digestOn, today))))
      .run().changes === 1
  );
}

/** A figure's draft as a digest or notice names it. */
export interface DraftMention {
  code: string;
  nameVi: string;
  year: number;
  orgUnit: string;
  unitName: string | null;
  author: string;
  reviewedBy: string | null;
  comment: string | null;
}

const mentionColumns = {
  code: indicators.code,
  nameVi: indicators.nameVi,
  year: observations.period,
  orgUnit: observations.orgUnit,
  unitName: orgUnits.name,
  author: observationRevisions.createdBy,
  reviewedBy: observationRevisions.reviewedBy,
  comment: observationRevisions.reviewComment,
};

/** Drafts waiting for an approver other than `username` (nobody publishes their own), oldest first. */
export function draftsAwaitingApproval(db: DbOrTx, username: string): DraftMention[] {
  return db
    .select(mentionColumns)
    .from(observationRevisions)
    .innerJoin(observations, eq(observations.id, observationRevisions.observationId))
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .leftJoin(orgUnits, eq(orgUnits.code, observations.orgUnit))
    .where(and(eq(observationRevisions.state, 'draft'), ne(observationRevisions.createdBy, username)))
    .orderBy(observationRevisions.id)
    .all();
}

/**
 * `username`'s drafts that were returned and not yet answered: the returned revision is still its
 * figure's latest (a new draft or a publication comes after it), oldest first.
 */
export function returnedDraftsOf(db: DbOrTx, username: string): DraftMention[] {
  const latest = sql`(select max(r2.id) from observation_revisions r2 where r2.observation_id = ${observationRevisions.observationId})`;
  return db
    .select(mentionColumns)
    .from(observationRevisions)
    .innerJoin(observations, eq(observations.id, observationRevisions.observationId))
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .leftJoin(orgUnits, eq(orgUnits.code, observations.orgUnit))
    .where(and(eq(observationRevisions.state, 'returned'), eq(observationRevisions.createdBy, username), eq(observationRevisions.id, latest)))
    .orderBy(observationRevisions.id)
    .all();
}

/** The indicator's Vietnamese name, for a notice about it. */
export function indicatorNameVi(db: DbOrTx, code: string): string | undefined {
  return db.select({ name: indicators.nameVi }).from(indicators).where(eq(indicators.code, code)).get()?.name;
}

/** The unit's name, for a notice about one of its figures. */
export function orgUnitName(db: DbOrTx, code: string): string | undefined {
  return db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.code, code)).get()?.name;
}

export function findUserById(db: DbOrTx, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}
