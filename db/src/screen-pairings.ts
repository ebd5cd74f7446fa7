import { and, eq, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { Db } from './open-db.js';
import { screenPairings, screens } from './schema.js';
import { toScreen, type ScreenRow } from './screens.js';

export type PairingRow = typeof screenPairings.$inferSelect;

/**
 * Starts a pairing: its code and device secret, both hashed. Pairings that expired or were delivered
 * are deleted first, so the unique code hash only ever collides with a live code: then 'taken', and
 * the caller draws another.
 */
export function insertPairing(db: Db, pairing: { codeHash: string; secretHash: string; createdAt: string; expiresAt: string }): PairingRow | 'taken' {
  return db.transaction((tx) => {
    tx.delete(screenPairings)
      .where(or(lte(screenPairings.expiresAt, pairing.createdAt), isNotNull(screenPairings.deliveredAt)))
      .run();
    const clash = tx.select({ id: screenPairings.id }).from(screenPairings).where(eq(screenPairings.codeHash, pairing.codeHash)).get();
    if (clash) return 'taken';
    return tx.insert(screenPairings).values(pairing).returning().get();
  });
}

export function findPairingBySecret(db: Db, secretHash: string): PairingRow | undefined {
  return db.select().from(screenPairings).where(eq(screenPairings.secretHash, secretHash)).get();
}

/** Why a code could not be claimed: none such, past its ten minutes, already claimed, or no such screen. */
export type ClaimRefusal = 'unknown-code' | 'expired-code' | 'used-code' | 'unknown-screen';

/**
 * An admin claims a device's code for a screen: once. The `screen_id IS NULL` in the UPDATE makes
 * two admins racing for one code end with one claim, not two. Audited on the screen.
 */
export function claimPairing(db: Db, codeHash: string, screenId: number, actor: string, now: string): PairingRow | ClaimRefusal {
  return db.transaction((tx) => {
    const row = tx.select().from(screenPairings).where(eq(screenPairings.codeHash, codeHash)).get();
    if (!row) return 'unknown-code';
    if (row.screenId !== null) return 'used-code';
    if (row.expiresAt <= now) return 'expired-code';
    const screen = tx.select({ id: screens.id, name: screens.name }).from(screens).where(eq(screens.id, screenId)).get();
    if (!screen) return 'unknown-screen';
    const claimed = tx
      .update(screenPairings)
      .set({ screenId, claimedBy: actor, claimedAt: now })
      .where(and(eq(screenPairings.id, row.id), isNull(screenPairings.screenId)))
      .returning()
      .get();
    if (!claimed) return 'used-code';
    appendAudit(tx, { actor, action: 'screen.pair', entity: 'screen', entityKey: String(screenId), after: { pairing: row.id, name: screen.name } });
    return claimed;
  });
}

/**
 * The device's poll after a claim: the screen's new token hash is stored (the screen's earlier
 * token stops working, as with a re-issue) and the pairing marked delivered, in one transaction, so
 * the token is handed over once. Undefined when it was delivered already or never claimed.
 */
export function deliverPairing(db: Db, pairingId: number, tokenHash: string, now: string): ScreenRow | undefined {
  return db.transaction((tx) => {
    const pairing = tx
      .update(screenPairings)
      .set({ deliveredAt: now })
      .where(and(eq(screenPairings.id, pairingId), isNotNull(screenPairings.screenId), isNull(screenPairings.deliveredAt)))
      .returning()
      .get();
    if (!pairing?.screenId) return undefined;
    const before = tx.select().from(screens).where(eq(screens.id, pairing.screenId)).get();
    if (!before) return undefined;
    const row = tx
      .update(screens)
      .set({ tokenHash, tokenIssuedAt: now, version: sql`${screens.version} + 1` })
      .where(eq(screens.id, pairing.screenId))
      .returning()
      .get();
    appendAudit(tx, {
      actor: pairing.claimedBy ?? 'system',
      action: 'screen.paired',
      entity: 'screen',
      entityKey: String(row.id),
      before: toScreen(before),
      after: toScreen(row),
    });
    return row;
  });
}
