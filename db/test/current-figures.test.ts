import { ratioEntry } from '@kpi/shared/testing';
import { describe, expect, it } from 'vitest';
import { currentFigures, figureKey, figuresFingerprint } from '../src/current-figures.js';
import { observationState, publishDraft, saveDraft } from '../src/observation-writes.js';
import { openDb } from '../src/open-db.js';
import { DEFAULT_ORG_UNIT } from '../src/schema.js';
import { seedDatabase } from '../src/seed/index.js';
import { insertSource } from '../src/source-writes.js';
import { insertUser } from '../src/users.js';

function seeded() {
  const db = openDb(':memory:');
  seedDatabase(db);
  return db;
}

describe('currentFigures', () => {
  it('gives each figure its version and what a draft would replace, as observationState does', () => {
    const db = seeded();
    // 2022: a pending draft only; 2020: published, then a correction pending; 2021: nothing.
    expect(saveDraft(db, { code: 'bluezone-install-rate', year: 2022 }, ratioEntry(140000, 0), 'analyst').ok).toBe(true);
    expect(saveDraft(db, { code: 'bluezone-install-rate', year: 2020 }, ratioEntry(153000, 1), 'analyst').ok).toBe(true);
    const figures = currentFigures(db, ['bluezone-install-rate', 'egov-rank']);
    for (const year of [2020, 2022]) {
      const state = observationState(db, { code: 'bluezone-install-rate', year })!;
      expect(figures.get(figureKey('bluezone-install-rate', year, DEFAULT_ORG_UNIT))).toMatchObject({ version: state.version, current: state.draft!.figure });
    }
    expect(figures.get(figureKey('bluezone-install-rate', 2020, DEFAULT_ORG_UNIT))?.current).toMatchObject({ numerator: 153000 });
    const egov = observationState(db, { code: 'egov-rank', year: 2020 })!;
    expect(figures.get(figureKey('egov-rank', 2020, DEFAULT_ORG_UNIT))).toMatchObject({ version: egov.version, current: egov.published!.figure });
    expect(figures.has(figureKey('bluezone-install-rate', 2021, DEFAULT_ORG_UNIT))).toBe(false);
    // Only the indicators asked for.
    expect([...figures.keys()].every((k) => k.startsWith('bluezone-install-rate/') || k.startsWith('egov-rank/'))).toBe(true);
  });
});

describe('figuresFingerprint', () => {
  const codes = ['bluezone-install-rate'];

  it('moves when a figure of the named indicators is saved, published or added, or a source is added', () => {
    const db = seeded();
    const steps: (() => unknown)[] = [
      () => saveDraft(db, { code: 'bluezone-install-rate', year: 2021 }, ratioEntry(150000, 0), 'analyst'),
      () => saveDraft(db, { code: 'bluezone-install-rate', year: 2021 }, ratioEntry(151000, 1), 'analyst'),
      () => publishDraft(db, { code: 'bluezone-install-rate', year: 2021 }, 2, 'approver'),
      () => insertSource(db, { number: '1/KH-UBND', title: 'Kế hoạch', issuer: null, date: null, kind: 'plan', url: null, note: null }, 'admin'),
    ];
    const seen = new Set([figuresFingerprint(db, codes)]);
    for (const step of steps) {
      step();
      seen.add(figuresFingerprint(db, codes));
    }
    expect(seen.size).toBe(steps.length + 1);
  });

  it('stays put when another indicator’s figure or anything but figures changes', () => {
    const db = seeded();
    const before = figuresFingerprint(db, codes);
    const egovBefore = figuresFingerprint(db, ['egov-rank']);
    expect(
      saveDraft(db, { code: 'egov-rank', year: 2021 }, { kind: 'rank', position: 20, outOf: 63, version: 0, sourceId: 1, acknowledgedWarnings: [] }, 'analyst')
        .ok,
    ).toBe(true);
    insertUser(db, { username: 'someone', displayName: 'Someone', role: 'viewer', passwordHash: 'x' });
    expect(figuresFingerprint(db, codes)).toBe(before);
    // The same change moves the fingerprint of its own indicator.
    expect(figuresFingerprint(db, ['egov-rank'])).not.toBe(egovBefore);
  });
});
