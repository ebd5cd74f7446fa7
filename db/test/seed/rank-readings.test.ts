import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/open-db.js';
import { indicators, targets } from '../../src/schema.js';
import { seedDatabase } from '../../src/seed/index.js';

/** The readings of every target, by indicator code and year. */
function readings(db: ReturnType<typeof openDb>): Record<string, string | null> {
  const rows = db
    .select({ code: indicators.code, kind: indicators.kind, year: targets.year, reading: targets.reading })
    .from(targets)
    .innerJoin(indicators, eq(indicators.id, targets.indicatorId))
    .all();
  return Object.fromEntries(rows.map((r) => [`${r.code}/${r.year}`, r.reading]));
}

describe('rank targets carry a reading', () => {
  it('seeds the 2025 plan’s DTI "top 10" as a position, other rank targets as a share, other kinds without one', () => {
    const db = openDb(':memory:');
    seedDatabase(db);
    const all = readings(db);
    expect(all['dti-rank/2025']).toBe('position');
    const kinds = new Map(
      db
        .select({ code: indicators.code, kind: indicators.kind })
        .from(indicators)
        .all()
        .map((r) => [r.code, r.kind]),
    );
    for (const [key, reading] of Object.entries(all)) {
      if (key === 'dti-rank/2025') continue;
      expect(reading, key).toBe(kinds.get(key.split('/')[0]!) === 'rank' ? 'share' : null);
    }
  });

  it('fills them on the next start of a database seeded before readings, and never overwrites a reading set', () => {
    const db = openDb(':memory:');
    seedDatabase(db);
    db.update(targets).set({ reading: null }).run();
    seedDatabase(db);
    expect(readings(db)['dti-rank/2025']).toBe('position');
    // An approver reads it otherwise: the next start leaves that alone.
    db.update(targets).set({ reading: 'share' }).run();
    seedDatabase(db);
    expect(readings(db)['dti-rank/2025']).toBe('share');
  });
});
