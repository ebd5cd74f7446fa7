import type { Role } from '@kpi/shared';
import { and, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { DbOrTx } from './open-db.js';
import { indicators, reportingRules, users } from './schema.js';
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

/**
 * Who hears that an indicator's status turned off track: the person the reporting calendar names
 * for it, who answers for its figures, and the approvers and admins, who act on it; each once.
 */
export function offTrackRecipients(db: DbOrTx, code: string): UserRow[] {
  const responsible = db
    .select({ user: users })
    .from(reportingRules)
    .innerJoin(indicators, eq(indicators.id, reportingRules.indicatorId))
    .innerJoin(users, eq(users.id, reportingRules.responsibleUserId))
    .where(and(eq(indicators.code, code), wantsNotices))
    .all()
    .map((row) => row.user);
  const leads = noticeRecipients(db, ['approver', 'admin']);
  return [...responsible, ...leads.filter((lead) => !responsible.some((user) => user.id === lead.id))];
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

/** The indicator's Vietnamese name, for a notice about it. */
export function indicatorNameVi(db: DbOrTx, code: string): string | undefined {
  return db.select({ name: indicators.nameVi }).from(indicators).where(eq(indicators.code, code)).get()?.name;
}
