import type { ScheduleSet, Screen, ScreenSettings, Slide } from '@kpi/shared';
import { asc, eq } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { Db } from './open-db.js';
import { screens } from './schema.js';

export type ScreenRow = typeof screens.$inferSelect;

export function toScreen(row: ScreenRow): Screen {
  return {
    id: row.id,
    name: row.name,
    language: row.language,
    theme: row.theme,
    secondsPerSlide: row.secondsPerSlide,
    playlist: JSON.parse(row.playlist) as Slide[],
    year: row.year,
    schedule: JSON.parse(row.schedule) as ScheduleSet[],
    outsideSchedule: row.outsideSchedule,
    active: row.tokenHash !== null,
    tokenIssuedAt: row.tokenIssuedAt,
    version: row.version,
  };
}

const columns = (s: Partial<ScreenSettings>) => ({
  ...(s.name !== undefined && { name: s.name }),
  ...(s.language !== undefined && { language: s.language }),
  ...(s.theme !== undefined && { theme: s.theme }),
  ...(s.secondsPerSlide !== undefined && { secondsPerSlide: s.secondsPerSlide }),
  ...(s.playlist !== undefined && { playlist: JSON.stringify(s.playlist) }),
  ...(s.year !== undefined && { year: s.year }),
  ...(s.schedule !== undefined && { schedule: JSON.stringify(s.schedule) }),
  ...(s.outsideSchedule !== undefined && { outsideSchedule: s.outsideSchedule }),
});

export function listScreens(db: Db): Screen[] {
  return db.select().from(screens).orderBy(asc(screens.id)).all().map(toScreen);
}

export function findScreen(db: Db, id: number): ScreenRow | undefined {
  return db.select().from(screens).where(eq(screens.id, id)).get();
}

export function insertScreen(db: Db, settings: ScreenSettings, tokenHash: string, actor: string): Screen {
  return db.transaction((tx) => {
    const at = new Date().toISOString();
    const row = tx
      .insert(screens)
      .values({ ...(columns(settings) as Required<ReturnType<typeof columns>>), tokenHash, tokenIssuedAt: at, createdBy: actor, createdAt: at })
      .returning()
      .get();
    appendAudit(tx, { actor, action: 'screen.create', entity: 'screen', entityKey: String(row.id), after: settings });
    return toScreen(row);
  });
}

/**
 * Changes settings and/or the token at the given version; undefined when the screen is unknown,
 * 'conflict' when the version is stale. `tokenHash: null` revokes.
 */
export function updateScreen(
  db: Db,
  id: number,
  version: number,
  change: Partial<ScreenSettings> & { tokenHash?: string | null },
  actor: string,
  action: string,
): Screen | 'conflict' | undefined {
  return db.transaction((tx) => {
    const before = tx.select().from(screens).where(eq(screens.id, id)).get();
    if (!before) return undefined;
    if (before.version !== version) return 'conflict';
    const token =
      change.tokenHash === undefined ? {} : { tokenHash: change.tokenHash, tokenIssuedAt: change.tokenHash ? new Date().toISOString() : before.tokenIssuedAt };
    const row = tx
      .update(screens)
      .set({ ...columns(change), ...token, version: version + 1 })
      .where(eq(screens.id, id))
      .returning()
      .get();
    const { tokenHash: _drop, ...settings } = change;
    appendAudit(tx, { actor, action, entity: 'screen', entityKey: String(id), before: toScreen(before), after: { ...toScreen(row), ...settings } });
    return toScreen(row);
  });
}
