import { eq } from 'drizzle-orm';
import type { Db } from './open-db.js';
import { screens } from './schema.js';

/** When a screen's last live stream closed: its "last seen" on the admin's page, across restarts. */
export function markScreenSeen(db: Db, screenId: number, at: string): void {
  db.update(screens).set({ lastSeenAt: at }).where(eq(screens.id, screenId)).run();
}

/** Every screen's last-seen instant by id (null: never connected). */
export function listScreensLastSeen(db: Db): Map<number, string | null> {
  const rows = db.select({ id: screens.id, lastSeenAt: screens.lastSeenAt }).from(screens).all();
  return new Map(rows.map((row) => [row.id, row.lastSeenAt]));
}
