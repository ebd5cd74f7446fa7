import { rankedInYear } from '@kpi/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/open-db.js';
import { listSources, loadPublishedData } from '../../src/queries.js';
import { listProvinces, peerRanks, rankTable } from '../../src/rankings.js';
import { seedDatabase } from '../../src/seed/index.js';
import { seedRankings } from '../../src/seed/province-ranks.js';

describe('provinces and the DTI tables in the seed', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
    seedDatabase(db);
  });

  it('holds the 63 provinces of data years up to 2023 and the 34 from 2024, merged ones linked to their parts', () => {
    const provinces = listProvinces(db);
    expect(provinces.filter((p) => rankedInYear(p, 2023))).toHaveLength(63);
    expect(provinces.filter((p) => rankedInYear(p, 2024))).toHaveLength(34);
    expect(provinces.find((p) => p.code === 'bac-ninh-2025')).toMatchObject({
      name: 'Bắc Ninh',
      formedFrom: ['bac-giang', 'bac-ninh'],
      validFrom: '2025-07-01',
    });
    expect(provinces.find((p) => p.code === 'lang-son')).toMatchObject({ validFrom: null, validTo: null, formedFrom: [] });
    // Every former province is part of exactly one of the 34, and every one of the 63 not kept is a former one.
    const parts = provinces.flatMap((p) => p.formedFrom);
    expect(new Set(parts).size).toBe(parts.length);
    expect(
      provinces
        .filter((p) => p.validTo !== null)
        .map((p) => p.code)
        .sort(),
    ).toEqual([...parts].sort());
  });

  it('agrees with the published figures of the dti-rank indicator for Lạng Sơn', () => {
    const figures = loadPublishedData(db).find((d) => d.indicator.code === 'dti-rank')!.figures;
    const rows = rankTable(db, 'dti').filter((r) => r.province === 'lang-son');
    expect(rows.map((r) => [r.year, r.rank, r.outOf])).toEqual([
      [2020, 16, 63],
      [2021, 5, 63],
      [2022, 6, 63],
      [2023, 4, 63],
    ]);
    for (const row of rows) {
      const figure = figures.find((f) => f.year === row.year);
      expect(figure && figure.kind === 'rank' && [figure.position, figure.outOf, figure.source?.id]).toEqual([row.rank, row.outOf, row.sourceId]);
    }
  });

  it('cites a source on every row, public as evidence, and ranks each province of its year once', () => {
    const publicIds = new Set(listSources(db).map((s) => s.id));
    const rows = rankTable(db, 'dti');
    const provinces = listProvinces(db);
    for (const row of rows) {
      expect(publicIds.has(row.sourceId)).toBe(true);
      expect(
        rankedInYear(
          provinces.find((p) => p.code === row.province)!,
          row.year,
        ),
      ).toBe(true);
      expect(row.rank).toBeLessThanOrEqual(row.outOf);
    }
    expect(rows.filter((r) => r.year === 2024).map((r) => r.province)).toEqual(['ha-noi', 'hue', 'hai-phong-2025', 'ho-chi-minh-2025', 'thanh-hoa']);
  });

  it('never seeds twice', () => {
    const before = rankTable(db, 'dti').length;
    expect(seedRankings(db)).toBe(0);
    expect(rankTable(db, 'dti')).toHaveLength(before);
  });

  it('answers peers with their former parts or successor, and no median where the table is partial', () => {
    const answer = peerRanks(db, 'dti', ['bac-giang']);
    expect(answer.provinces.map((p) => p.code).sort()).toEqual(['bac-giang', 'bac-ninh-2025', 'lang-son']);
    expect(answer.ranks.filter((r) => r.province === 'bac-giang')).toMatchObject([
      { year: 2022, rank: 9 },
      { year: 2023, rank: 9 },
    ]);
    expect(answer.years.find((y) => y.year === 2024)).toEqual({ year: 2024, outOf: 34, rows: 5, medianScore: null });
    const top = peerRanks(db, 'dti', [], 10);
    expect(top.ranks.filter((r) => r.year === 2023)).toHaveLength(10);
    expect(top.sources.map((s) => s.id).sort()).toEqual([...new Set(top.ranks.map((r) => r.sourceId))].sort());
  });
});
