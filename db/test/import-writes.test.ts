import type { FigureEntry } from '@kpi/shared';
import { ratioEntry } from '@kpi/shared/testing';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit.js';
import { ImportRowError, stageDrafts } from '../src/import-staging.js';
import { saveDrafts, writeStagedDrafts } from '../src/import-writes.js';
import { observationState, publishDraft, saveDraft } from '../src/observation-writes.js';
import { openDb } from '../src/open-db.js';
import { seedDatabase } from '../src/seed/index.js';

const meta = { importId: 'job-1', fileName: 'so-lieu.csv', sha256: 'ab'.repeat(32) };

describe('saveDrafts', () => {
  it('saves every draft and audits the import with its file name and checksum', () => {
    const db = openDb(':memory:');
    seedDatabase(db);
    const progress: number[] = [];
    const drafts = [2021, 2022].map((year, i) => ({ key: { code: 'bluezone-install-rate', year }, entry: ratioEntry(150000 + i), row: i + 2 }));
    expect(saveDrafts(db, drafts, 'analyst', meta, { chunkRows: 1, onProgress: (done) => progress.push(done) })).toEqual({ written: 2 });
    expect(progress).toEqual([1, 2]);
    expect(observationState(db, { code: 'bluezone-install-rate', year: 2022 })?.draft?.figure).toMatchObject({ numerator: 150001 });
    expect(listAudit(db)[0]).toMatchObject({ action: 'import.run', entityKey: 'job-1', detail: { fileName: 'so-lieu.csv', sha256: meta.sha256 } });
  });

  it('writes nothing when one row fails, naming the row', () => {
    const db = openDb(':memory:');
    seedDatabase(db);
    const drafts = [
      { key: { code: 'bluezone-install-rate', year: 2021 }, entry: ratioEntry(150000), row: 2 },
      // Stale: the 2020 figure is at version 1.
      { key: { code: 'bluezone-install-rate', year: 2020 }, entry: ratioEntry(150000, 0), row: 3 },
    ];
    expect(() => saveDrafts(db, drafts, 'analyst', meta)).toThrow(ImportRowError);
    try {
      saveDrafts(db, drafts, 'analyst', meta);
    } catch (err) {
      expect(err).toMatchObject({ row: 3, failure: { reason: 'conflict' } });
    }
    expect(observationState(db, { code: 'bluezone-install-rate', year: 2021 })).toMatchObject({ version: 0, draft: null });
    expect(listAudit(db)).toEqual([]);
  });

  it('leaves the same figures, history and audit as saving each figure through the entry form', () => {
    const drafts = [
      // New, over a pending draft, over a published figure, and a rank.
      { key: { code: 'bluezone-install-rate', year: 2021 }, entry: ratioEntry(151000), row: 2 },
      { key: { code: 'bluezone-install-rate', year: 2022 }, entry: ratioEntry(152000, 1), row: 3 },
      {
        key: { code: 'bluezone-install-rate', year: 2020 },
        entry: ratioEntry(153000, 1, { published: 29.4, acknowledgedWarnings: ['published-mismatch'] }),
        row: 4,
      },
      {
        key: { code: 'egov-rank', year: 2021 },
        entry: { kind: 'rank', position: 20, outOf: 63, version: 0, sourceId: 2, note: 'ghi chú', acknowledgedWarnings: [] } as FigureEntry,
        row: 5,
      },
    ];
    const prepare = () => {
      const db = openDb(':memory:');
      seedDatabase(db);
      saveDraft(db, { code: 'bluezone-install-rate', year: 2022 }, ratioEntry(140000), 'analyst2');
      return db;
    };
    const one = prepare();
    for (const d of drafts) expect(saveDraft(one, d.key, d.entry, 'analyst').ok).toBe(true);
    const batch = prepare();
    saveDrafts(batch, drafts, 'analyst', meta);

    const strip = (value: unknown) =>
      JSON.parse(JSON.stringify(value, (k, v) => (['createdAt', 'reviewedAt', 'approvedAt', 'at', 'id'].includes(k) ? undefined : v)));
    for (const { key } of drafts) expect(strip(observationState(batch, key))).toEqual(strip(observationState(one, key)));
    const audit = (db: typeof one) => strip(listAudit(db).filter((e) => e.action === 'observation.save-draft' && e.actor === 'analyst'));
    const batchAudit = audit(batch).map((e: { detail: Record<string, unknown> }) => {
      expect(e.detail.importId).toBe('job-1');
      const { importId: _, ...rest } = e.detail;
      return { ...e, detail: Object.keys(rest).length ? rest : null };
    });
    expect(batchAudit).toEqual(audit(one));
    // A draft saved by the batch can be published like any other.
    expect(publishDraft(batch, { code: 'egov-rank', year: 2021 }, 1, 'approver').ok).toBe(true);
  });
});

describe('writeStagedDrafts', () => {
  const drafts = [{ key: { code: 'bluezone-install-rate', year: 2021 }, entry: ratioEntry(150000), row: 2 }];
  const seeded = () => {
    const db = openDb(':memory:');
    seedDatabase(db);
    return db;
  };

  it('writes nothing and answers null when the check made under the lock says no', () => {
    const db = seeded();
    const staged = stageDrafts(db, drafts, 'analyst', meta);
    let locked = false;
    expect(writeStagedDrafts(db, staged, { whenLocked: () => ((locked = db.$client.inTransaction), false) })).toBeNull();
    expect(locked).toBe(true);
    expect(observationState(db, { code: 'bluezone-install-rate', year: 2021 })).toMatchObject({ version: 0, draft: null });
    expect(listAudit(db)).toEqual([]);
  });

  it('refuses a staged row whose figure was saved after it was staged, writing nothing', () => {
    const db = seeded();
    const staged = stageDrafts(db, [...drafts, { key: { code: 'bluezone-install-rate', year: 2022 }, entry: ratioEntry(151000), row: 3 }], 'analyst', meta);
    expect(saveDraft(db, { code: 'bluezone-install-rate', year: 2022 }, ratioEntry(140000), 'analyst2').ok).toBe(true);
    expect(() => writeStagedDrafts(db, staged)).toThrow(expect.objectContaining({ row: 3, failure: expect.objectContaining({ reason: 'conflict' }) }));
    expect(observationState(db, { code: 'bluezone-install-rate', year: 2021 })).toMatchObject({ version: 0, draft: null });
    // The figure saved meanwhile is untouched.
    expect(observationState(db, { code: 'bluezone-install-rate', year: 2022 })).toMatchObject({ version: 1, draft: { createdBy: 'analyst2' } });
    expect(listAudit(db).filter((e) => e.actor === 'analyst')).toEqual([]);
  });
});
