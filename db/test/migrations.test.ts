import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSQLiteDrizzleJson, generateSQLiteMigration } from 'drizzle-kit/api';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../src/open-db.js';
import * as schema from '../src/schema.js';

/** The snapshot drizzle-kit wrote with the newest committed migration. */
function latestSnapshot() {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('no migrations committed');
  const file = join(MIGRATIONS_FOLDER, 'meta', `${String(last.idx).padStart(4, '0')}_snapshot.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('committed migrations', () => {
  it('match the drizzle schema (run `pnpm --filter @kpi/db db:generate` after changing schema.ts)', async () => {
    const current = await generateSQLiteDrizzleJson(schema);
    const statements = await generateSQLiteMigration(latestSnapshot(), current);
    expect(statements).toEqual([]);
  });
});
