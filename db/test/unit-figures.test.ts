import { ratioEntry } from '@kpi/shared/testing';
import { describe, expect, it } from 'vitest';
import { publishDraft, saveDraft } from '../src/observation-writes.js';
import { openDb } from '../src/open-db.js';
import { indicators, targets } from '../src/schema.js';
import { seedDatabase } from '../src/seed/index.js';
import { loadUnitData } from '../src/unit-figures.js';
import { eq } from 'drizzle-orm';

function seeded() {
  const db = openDb(':memory:');
  seedDatabase(db);
  return db;
}

function publish(db: ReturnType<typeof seeded>, year: number, orgUnit: string, numerator: number) {
  const key = { code: 'bluezone-install-rate', year, orgUnit };
  const saved = saveDraft(db, key, ratioEntry(numerator, 0), 'analyst');
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const published = publishDraft(db, key, saved.state.version, 'approver');
  if (!published.ok) throw new Error(JSON.stringify(published));
}

describe('loadUnitData', () => {
  it('gives the units’ published figures and own targets, never the province’s nor a pending draft', () => {
    const db = seeded();
    publish(db, 2025, 'tam-thanh', 9000);
    publish(db, 2026, 'tam-thanh', 12000);
    publish(db, 2025, 'dong-dang', 100);
    expect(saveDraft(db, { code: 'bluezone-install-rate', year: 2026, orgUnit: 'dong-dang' }, ratioEntry(200, 0), 'analyst').ok).toBe(true);
    const id = db.select().from(indicators).where(eq(indicators.code, 'bluezone-install-rate')).get()!.id;
    db.insert(targets)
      .values([
        { indicatorId: id, year: 2030, orgUnit: 'tam-thanh', value: 70, comparator: 'gte', createdBy: 'analyst' },
        { indicatorId: id, year: 2030, orgUnit: 'tam-thanh', value: 75, comparator: 'gte', revision: 2, createdBy: 'analyst' },
        { indicatorId: id, year: 2030, value: 60, comparator: 'gte', createdBy: 'analyst' },
      ])
      .run();

    const data = loadUnitData(db, 'bluezone-install-rate')!;
    expect(data.aggregation).toBe('ratio-sum');
    expect(data.figures.map((f) => [f.orgUnit, f.year, f.kind === 'ratio' && f.numerator])).toEqual([
      ['dong-dang', 2025, 100],
      ['tam-thanh', 2025, 9000],
      ['tam-thanh', 2026, 12000],
    ]);
    expect([...data.targets.keys()]).toEqual(['tam-thanh']);
    expect(data.targets.get('tam-thanh')?.map((t) => [t.value, t.inForce])).toEqual([
      [70, false],
      [75, true],
    ]);
    expect(loadUnitData(db, 'no-such-code')).toBeNull();
  });
});
