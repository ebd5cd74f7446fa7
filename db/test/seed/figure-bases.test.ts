import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/open-db.js';
import { listSources, loadPublishedData } from '../../src/queries.js';
import { observationRevisions, sources } from '../../src/schema.js';
import { seedDatabase } from '../../src/seed/index.js';

const BACKFILL = new URL('../../migrations/0014_backfill_seeded_bases_and_english_notes.sql', import.meta.url);

function seeded(): Db {
  const db = openDb(':memory:');
  seedDatabase(db);
  return db;
}

/** `code/year` → basis, for every published figure. */
function bases(db: Db): Map<string, string> {
  return new Map(loadPublishedData(db).flatMap((d) => d.figures.map((f) => [`${d.indicator.code}/${f.year}`, f.basis])));
}

describe('what the sources state, what is derived and what is assumed', () => {
  it('adds the DTI rank of 2023, 4th of 63, with its news source', () => {
    const dti = loadPublishedData(seeded()).find((d) => d.indicator.code === 'dti-rank');
    const figure = dti?.figures.find((f) => f.year === 2023);
    expect(figure).toMatchObject({ kind: 'rank', position: 4, outOf: 63, basis: 'stated' });
    expect(figure?.source).toMatchObject({ title: 'Hà Nội xếp thứ 6…', publisher: 'nguoihanoi.vn', date: '2025-02-07', kind: 'news', issuer: null, url: null });
    expect(dti?.figures.map((f) => f.year)).toEqual([2020, 2021, 2022, 2023]);
  });

  it('marks Bluezone’s "of 63", the e-government rank of 2019 and the tasks’ states, and nothing else', () => {
    const byFigure = bases(seeded());
    const notStated = [...byFigure].filter(([, basis]) => basis !== 'stated');
    expect(Object.fromEntries(notStated)).toEqual({
      'bluezone-install-rank/2020': 'derived',
      'egov-rank/2019': 'derived',
      'smart-city-ioc-pilot/2021': 'assumed',
      'provincial-information-centre/2021': 'derived',
      'sector-digitisation/2021': 'derived',
    });
    expect(byFigure.get('egov-rank/2020')).toBe('stated');
  });

  it('says in each language from what a derived or assumed figure comes', () => {
    for (const { indicator, figures } of loadPublishedData(seeded())) {
      for (const f of figures.filter((figure) => figure.basis !== 'stated')) {
        expect(f.note, `${indicator.code}/${f.year}`).toMatch(/suy ra|giả định/i);
        expect(f.noteEn, `${indicator.code}/${f.year}`).toMatch(/inferred|derived|assumed/i);
      }
    }
  });

  it('backfills a database seeded before figures had a basis, leaving an analyst’s figure alone', () => {
    const db = seeded();
    db.update(observationRevisions).set({ basis: 'stated' }).run();
    // As if an analyst had entered the 2019 rank: the backfill is for the seed's own figures only.
    db.update(observationRevisions)
      .set({ createdBy: 'analyst' })
      .where(eq(observationRevisions.note, 'Suy ra từ báo cáo: 26/63 năm 2020, tăng 24 bậc so với năm 2019.'))
      .run();
    db.update(sources).set({ noteEn: null }).run();
    for (const statement of readFileSync(BACKFILL, 'utf8').split('--> statement-breakpoint')) db.$client.exec(statement);
    const byFigure = bases(db);
    expect(byFigure.get('bluezone-install-rank/2020')).toBe('derived');
    expect(byFigure.get('smart-city-ioc-pilot/2021')).toBe('assumed');
    expect(byFigure.get('egov-rank/2019')).toBe('stated');
    const report = listSources(db, { all: true }).find((s) => s.title.startsWith('Hội nghị tổng kết'));
    expect(report?.noteEn).toMatch(/no publication date and no URL/);
  });
});
