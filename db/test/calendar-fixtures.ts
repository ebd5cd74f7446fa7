import type { FigureEntry } from '@kpi/shared';
import { publishDraft, saveDraft } from '../src/observation-writes.js';
import { openDb, type Db } from '../src/open-db.js';
import { seedDatabase } from '../src/seed/index.js';
import { insertUser } from '../src/users.js';

/** The seeded database with two analysts (`an`, `binh`), a viewer and an approver (`duyet`). */
export function seeded() {
  const db = openDb(':memory:');
  seedDatabase(db);
  for (const [username, role] of [
    ['an', 'analyst'],
    ['binh', 'analyst'],
    ['viewer', 'viewer'],
    ['duyet', 'approver'],
  ] as const) {
    insertUser(db, { username, displayName: username.toUpperCase(), role, passwordHash: 'x' });
  }
  return db;
}

/** Saves `entry` as An's draft and has Duyệt publish it. */
export function publish(db: Db, code: string, year: number, entry: FigureEntry, orgUnit = 'lang-son') {
  const saved = saveDraft(db, { code, year, orgUnit }, entry, 'an');
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const done = publishDraft(db, { code, year, orgUnit }, saved.state.version, 'duyet');
  if (!done.ok) throw new Error(JSON.stringify(done));
}
