import { computeProgress, targetForYear } from '@kpi/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/open-db.js';
import { listSources, loadPublishedData } from '../../src/queries.js';
import { seedDatabase, seedIndicators } from '../../src/seed/index.js';

describe('seed from the 2020 report and the catalogue', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
    expect(seedDatabase(db)).toBe(true);
  });

  const byCode = (code: string) => {
    const found = loadPublishedData(db).find((d) => d.indicator.code === code);
    if (!found) throw new Error(`missing ${code}`);
    return found;
  };

  it('keeps the Bluezone figures exactly as stated: 154,231 / 519,755, published 29.71', () => {
    const [figure] = byCode('bluezone-install-rate').figures;
    expect(figure).toMatchObject({ kind: 'ratio', year: 2020, numerator: 154231, denominator: 519755, published: 29.71 });
    expect(figure?.kind === 'ratio' && figure.rate).toBeCloseTo(29.674, 3);
    expect(figure?.source?.title).toMatch(/tổng kết công tác Thông tin và Truyền thông năm 2020/);
  });

  it('stores the Bluezone rank as 9 of 63', () => {
    expect(byCode('bluezone-install-rank').figures).toMatchObject([{ kind: 'rank', year: 2020, position: 9, outOf: 63 }]);
  });

  it('has level-4 online services at 37.6 in 2020 against 30 set by 17/NQ-CP, achieved', () => {
    const data = byCode('online-services-level4-rate');
    expect(data.figures[0]).toMatchObject({ kind: 'value', year: 2020, value: 37.6 });
    const target = targetForYear(data.targets, 2020);
    expect(target).toMatchObject({ year: 2020, value: 30, comparator: 'gte' });
    expect(target?.source).toMatchObject({ number: '17/NQ-CP', date: '2019-03-07' });
    expect(computeProgress({ kind: 'value', figures: data.figures, target, year: 2020 }).status).toBe('achieved');
  });

  it('has the e-government rank 50 in 2019 and 26 in 2020, both of 63', () => {
    const figures = byCode('egov-rank').figures.filter((f) => f.year >= 2019);
    expect(figures).toMatchObject([
      { year: 2019, position: 50, outOf: 63 },
      { year: 2020, position: 26, outOf: 63 },
    ]);
  });

  it("names the DTI as the e-government ranking's replacement from 2021, after the report's 2020 result", () => {
    expect(byCode('egov-rank').indicator.replacedBy).toEqual({ code: 'dti-rank', fromYear: 2021 });
    expect(byCode('dti-rank').indicator.replacedBy).toBeNull();
  });

  it('gives every figure and every target a source, and publishes every figure', () => {
    for (const { figures, targets } of loadPublishedData(db)) {
      for (const f of figures) expect(f.source, `${f.year}`).not.toBeNull();
      for (const t of targets) expect(t.source, `${t.year}`).not.toBeNull();
    }
    const seededFigures = seedIndicators.reduce((n, i) => n + i.figures.length, 0);
    const published = loadPublishedData(db).reduce((n, d) => n + d.figures.length, 0);
    expect(published).toBe(seededFigures);
  });

  it('records the documents the report names', () => {
    // Some are cited by no figure or target, so only the full (analysts') list has them.
    const numbers = listSources(db, { all: true }).map((s) => s.number);
    expect(numbers).toEqual(expect.arrayContaining(['17/NQ-CP', '106/KH-UBND', '749/QĐ-TTg']));
    const titles = listSources(db, { all: true })
      .map((s) => s.title)
      .join('\n');
    expect(titles).toMatch(/Đề án Chính quyền điện tử tỉnh Lạng Sơn/);
    expect(titles).toMatch(/Chương trình chuyển đổi số quốc gia/);
  });

  it('skips the unverified digital-economy figure but keeps its official targets', () => {
    const data = byCode('digital-economy-grdp-share');
    expect(data.figures).toEqual([]);
    expect(data.targets.map((t) => t.year)).toEqual([2022, 2025, 2030]);
  });

  it('does nothing on a second run', () => {
    expect(seedDatabase(db)).toBe(false);
    expect(loadPublishedData(db)).toHaveLength(seedIndicators.length);
  });
});
