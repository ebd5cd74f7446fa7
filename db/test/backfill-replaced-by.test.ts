import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openDb } from '../src/open-db.js';
import { indicators } from '../src/schema.js';
import { seedDatabase } from '../src/seed/index.js';

const backfill = readFileSync(join(MIGRATIONS_FOLDER, '0007_backfill_egov_replaced_by_dti.sql'), 'utf8');

describe("the backfill of the e-government ranking's replacement", () => {
  it('sets it on a database seeded before indicators could name one, and leaves a set one alone', () => {
    const db = openDb(':memory:');
    seedDatabase(db);
    const egov = () => db.select().from(indicators).where(eq(indicators.code, 'egov-rank')).get();
    db.update(indicators).set({ replacedBy: null, replacedFrom: null }).where(eq(indicators.code, 'egov-rank')).run();
    db.$client.exec(backfill);
    expect(egov()).toMatchObject({ replacedBy: 'dti-rank', replacedFrom: 2021 });
    db.update(indicators).set({ replacedFrom: 2022 }).where(eq(indicators.code, 'egov-rank')).run();
    db.$client.exec(backfill);
    expect(egov()).toMatchObject({ replacedBy: 'dti-rank', replacedFrom: 2022 });
  });
});
