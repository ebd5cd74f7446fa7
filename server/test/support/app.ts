import { closeDb, openDb, seedDatabase, type Db } from '@kpi/db';
import { afterEach } from 'vitest';
import { buildApp, type App, type AppOptions } from '../../src/app.js';
import { TEST_SCRYPT } from './scrypt.js';

const opened: { app: App; db: Db }[] = [];
afterEach(async () => {
  for (const { app, db } of opened.splice(0)) {
    await app.close();
    closeDb(db);
  }
});

/** A fresh app on its own freshly migrated in-memory database, seeded unless told otherwise; cheap password hashing unless told otherwise. */
export async function testApp({ seed = true, ...options }: { seed?: boolean } & Omit<AppOptions, 'db'> = {}) {
  const db = openDb(':memory:');
  if (seed) seedDatabase(db);
  const app = await buildApp({ db, scryptForTests: TEST_SCRYPT, ...options });
  opened.push({ app, db });
  return { app, db };
}
