import { ratioEntry } from '@kpi/shared/testing';
import { describe, expect, it } from 'vitest';
import { saveDraft } from '../src/observation-writes.js';
import { openDb } from '../src/open-db.js';
import { loadPublishedData } from '../src/queries.js';
import { seedDatabase } from '../src/seed/index.js';

describe('loadPublishedData with drafts', () => {
  it('gives each year one figure: the pending draft where there is one, else the published', () => {
    const db = openDb(':memory:');
    seedDatabase(db);
    // 2020: published, with a correction pending; 2022: a draft only; 2019 and before: as seeded.
    expect(saveDraft(db, { code: 'bluezone-install-rate', year: 2020 }, ratioEntry(153000, 1), 'analyst').ok).toBe(true);
    expect(saveDraft(db, { code: 'bluezone-install-rate', year: 2022 }, ratioEntry(140000, 0), 'analyst').ok).toBe(true);
    const figures = (includeDrafts: boolean) => loadPublishedData(db, { onlyCode: 'bluezone-install-rate', includeDrafts })[0]!.figures;

    const preview = figures(true);
    expect(preview.map((f) => f.year)).toEqual([...new Set(preview.map((f) => f.year))]);
    expect(preview.find((f) => f.year === 2020)).toMatchObject({ numerator: 153000 });
    expect(preview.find((f) => f.year === 2022)).toMatchObject({ numerator: 140000 });
    const published = figures(false);
    expect(published.find((f) => f.year === 2020)).toMatchObject({ numerator: 154231 });
    expect(published.some((f) => f.year === 2022)).toBe(false);
    expect(preview.filter((f) => f.year < 2020)).toEqual(published.filter((f) => f.year < 2020));
  });
});
