import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '@kpi/shared';
import { newDefinition, ratioEntry } from '@kpi/shared/testing';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit.js';
import { definitionState, listDefinitions } from '../src/definition-state.js';
import { proposeRetirement, publishDefinitionDraft, returnDefinitionDraft, saveDefinitionDraft } from '../src/definition-writes.js';
import { observationState, saveDraft } from '../src/observation-writes.js';
import { MIGRATIONS_FOLDER, openDb, type Db } from '../src/open-db.js';
import { listIndicators } from '../src/queries.js';
import { indicators } from '../src/schema.js';
import { seedDatabase, seedDefinition, seedIndicators } from '../src/seed/index.js';

const CODE = newDefinition().code;
const wifi = (extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => indicatorDefinitionSchema.parse(newDefinition(extra));

describe('indicator definitions', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
    seedDatabase(db);
  });

  it('seeds the catalogue through the publication’s write: every seeded definition as published, at version 1', () => {
    const entries = listDefinitions(db);
    expect(entries.map((e) => e.code)).toEqual(seedIndicators.map((i) => i.code));
    for (const ind of seedIndicators) {
      expect(definitionState(db, ind.code)).toMatchObject({ version: 1, published: seedDefinition(ind), draft: null });
    }
    expect(definitionState(db, 'bluezone-install-rate').published?.aggregation).toBe('ratio-sum');
    expect(definitionState(db, 'egov-rank').published).toMatchObject({ aggregation: 'none', replacedBy: { code: 'dti-rank', fromYear: 2021 } });
  });

  it('moves the entry’s version with every write and appends a new indicator after the seeded ones', () => {
    const saved = saveDefinitionDraft(db, wifi(), 0, 'approver');
    expect(saved).toMatchObject({ ok: true, state: { version: 1, published: null, draft: { baseVersion: 0 } } });
    expect(saveDefinitionDraft(db, wifi({ decimals: 2 }), 1, 'approver')).toMatchObject({ ok: true, state: { version: 2, draft: { baseVersion: 1 } } });
    expect(definitionState(db, CODE).history.map((r) => r.state)).toEqual(['draft', 'superseded']);
    expect(returnDefinitionDraft(db, CODE, 2, 'admin', 'Thiếu nguồn số liệu')).toMatchObject({
      ok: true,
      state: { version: 3, draft: null },
    });
    expect(saveDefinitionDraft(db, wifi({ dataSource: 'Hệ thống báo cáo của Sở' }), 3, 'approver')).toMatchObject({ ok: true, state: { version: 4 } });
    expect(publishDefinitionDraft(db, CODE, 4, 'approver')).toMatchObject({ ok: false, reason: 'own-draft' });
    expect(publishDefinitionDraft(db, CODE, 3, 'admin')).toMatchObject({ ok: false, reason: 'conflict' });
    expect(publishDefinitionDraft(db, CODE, 4, 'admin')).toMatchObject({
      ok: true,
      state: { version: 5, published: { dataSource: 'Hệ thống báo cáo của Sở' } },
    });
    expect(listIndicators(db).at(-1)?.code).toBe(CODE);
    const row = db.select().from(indicators).where(eq(indicators.code, CODE)).get();
    expect(row).toMatchObject({ version: 5, sortOrder: seedIndicators.length, dataSource: 'Hệ thống báo cáo của Sở', aggregation: 'ratio-sum' });
    expect(listAudit(db, { indicatorCode: CODE }).map((e) => e.action)).toEqual([
      'indicator.publish',
      'indicator.save-draft',
      'indicator.return',
      'indicator.save-draft',
      'indicator.save-draft',
    ]);
  });

  it('locks the kind once a figure is entered, even a draft, and checks again at publication', () => {
    saveDefinitionDraft(db, wifi(), 0, 'approver');
    publishDefinitionDraft(db, CODE, 1, 'admin');
    expect(saveDefinitionDraft(db, wifi({ kind: 'value', unit: 'count', aggregation: 'sum' }), 2, 'approver')).toMatchObject({ ok: true });
    const key = { code: CODE, year: 2021 };
    expect(saveDraft(db, key, ratioEntry(120, 0, { denominator: 200 }), 'analyst').ok).toBe(true);
    expect(definitionState(db, CODE).hasFigures).toBe(true);
    expect(publishDefinitionDraft(db, CODE, 3, 'admin')).toMatchObject({ ok: false, reason: 'series-locked', field: 'kind' });
    expect(saveDefinitionDraft(db, wifi({ unit: 'count', kind: 'value', aggregation: 'none' }), 3, 'approver')).toMatchObject({
      ok: false,
      reason: 'series-locked',
    });
    expect(definitionState(db, CODE).published?.kind).toBe('ratio');
    // The analyst's draft stays readable as the ratio it was entered as.
    expect(observationState(db, key)?.draft?.figure).toMatchObject({ kind: 'ratio', numerator: 120, denominator: 200 });
  });

  it('publishes one successor of a series at most, even when two were proposed side by side', () => {
    const successor = (code: string) => wifi({ code, kind: 'value', unit: 'count', aggregation: 'sum', continues: 'bluezone-install-rate' });
    expect(saveDefinitionDraft(db, successor('bluezone-users-count'), 0, 'approver')).toMatchObject({ ok: true });
    expect(saveDefinitionDraft(db, successor('bluezone-users-total'), 0, 'approver')).toMatchObject({ ok: true });
    expect(publishDefinitionDraft(db, 'bluezone-users-count', 1, 'admin')).toMatchObject({ ok: true });
    expect(publishDefinitionDraft(db, 'bluezone-users-total', 1, 'admin')).toEqual({ ok: false, reason: 'series-continued' });
    expect(listIndicators(db).find((i) => i.code === 'bluezone-install-rate')?.continuedBy).toBe('bluezone-users-count');
  });

  it('retires from a year as a draft that keeps the rest of the published definition', () => {
    expect(proposeRetirement(db, 'no-such-code', 2021, 0, 'approver')).toEqual({ ok: false, reason: 'unknown-indicator' });
    const proposed = proposeRetirement(db, 'ict-index-rank', 2019, 1, 'approver');
    expect(proposed).toMatchObject({ ok: true, state: { draft: { definition: { ...definitionState(db, 'ict-index-rank').published, retiredFrom: 2019 } } } });
    publishDefinitionDraft(db, 'ict-index-rank', 2, 'approver2');
    expect(listIndicators(db).find((i) => i.code === 'ict-index-rank')?.retiredFrom).toBe(2019);
  });
});

describe('the backfill of the province-from-communes rule', () => {
  it('sets ratio-sum on a database made before definitions named the rule, and leaves the rest none', () => {
    const db = openDb(':memory:');
    seedDatabase(db);
    db.update(indicators).set({ aggregation: 'none' }).run();
    db.$client.exec(readFileSync(join(MIGRATIONS_FOLDER, '0012_backfill-indicator-aggregation.sql'), 'utf8'));
    const rules = Object.fromEntries(
      db
        .select()
        .from(indicators)
        .all()
        .map((r) => [r.code, r.aggregation]),
    );
    expect(rules['bluezone-install-rate']).toBe('ratio-sum');
    expect(Object.values(rules).filter((r) => r === 'ratio-sum')).toHaveLength(seedIndicators.filter((i) => i.kind === 'ratio').length);
    expect(rules['egov-rank']).toBe('none');
  });
});
