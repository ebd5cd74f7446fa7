import { eq, isNotNull } from 'drizzle-orm';
import type { Db } from './open-db.js';
import { screens } from './schema.js';

/** When a screen's last live stream closed: its "last seen" on the admin's page, across restarts. */
export function markScreenSeen(db: Db, screenId: number, at: string): void {
  db.update(screens).set({ lastSeenAt: at }).where(eq(screens.id, screenId)).run();
}

/** What the admin's health list needs of every screen: whether its link works, and when it was last seen (null: never connected). */
export function listScreenPresence(db: Db): { id: number; active: boolean; lastSeenAt: string | null }[] {
  return db
    .select({ id: screens.id, active: isNotNull(screens.tokenHash).mapWith(Boolean), lastSeenAt: screens.lastSeenAt })
    .from(screens)
    .orderBy(screens.id)
    .all();
}
