import { DEFAULT_DUE_RULE } from '@kpi/shared';
import { ratioEntry } from '@kpi/shared/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit.js';
import { readCalendar } from '../src/calendar.js';
import { writeDueOverride } from '../src/due-overrides.js';
import { completeness } from '../src/expected-figures.js';
import { saveDraft } from '../src/observation-writes.js';
import { saveReportingRule } from '../src/reporting-rules.js';
import { insertUser } from '../src/users.js';
import { indicators } from '../src/schema.js';
import { publish, seeded } from './calendar-fixtures.js';

describe('completeness', () => {
  it('expects every current indicator of the province, and each unit standing at the year’s end for those built from units', () => {
    const db = seeded();
    // Retired from 2024: expected in 2023, not after; egov-rank was replaced from 2021.
    db.update(indicators).set({ retiredFrom: 2024 }).where(eq(indicators.code, 'ict-index-rank')).run();
    const y2023 = completeness(db, 2023);
    const y2024 = completeness(db, 2024);
    const y2025 = completeness(db, 2025);
    expect(y2023.byIndicator.map((i) => i.code)).toContain('ict-index-rank');
    expect(y2024.byIndicator.map((i) => i.code)).not.toContain('ict-index-rank');
    expect(y2024.byIndicator.map((i) => i.code)).not.toContain('egov-rank');
    expect(y2024.byIndicator).toHaveLength(18);
    // Bluezone is made from its units: 11 district-level units in 2024, the 65 communes and wards in 2025, never both.
    const bluezone = (c: typeof y2024) => c.byIndicator.find((i) => i.code === 'bluezone-install-rate')!;
    expect(bluezone(y2024).expected).toBe(12);
    expect(bluezone(y2025).expected).toBe(66);
    expect(bluezone(y2025).missing.map((u) => u.code)).not.toContain('huyen-loc-binh');
    expect(bluezone(y2024).missing.map((u) => u.code)).toContain('huyen-loc-binh');
    expect(y2025.expected).toBe(18 + 65);
    expect(y2025.published).toBe(0);
    // dti-rank's 2023 figure is published; the province row counts it.
    expect(y2023.byIndicator.find((i) => i.code === 'dti-rank')).toMatchObject({ expected: 1, published: 1, missing: [] });
  });

  it('counts a published figure, not a draft, by indicator and by unit', () => {
    const db = seeded();
    publish(db, 'bluezone-install-rate', 2025, ratioEntry(9000), 'tam-thanh');
    expect(saveDraft(db, { code: 'bluezone-install-rate', year: 2025, orgUnit: 'dong-dang' }, ratioEntry(100), 'an').ok).toBe(true);
    const c = completeness(db, 2025);
    expect(c.published).toBe(1);
    expect(c.byUnit.find((u) => u.unit.code === 'tam-thanh')).toEqual({
      unit: { code: 'tam-thanh', name: 'Tam Thanh', kind: 'ward' },
      expected: 1,
      published: 1,
    });
    expect(c.byUnit.find((u) => u.unit.code === 'dong-dang')).toMatchObject({ expected: 1, published: 0 });
    expect(c.byUnit[0]).toMatchObject({ unit: { code: 'lang-son', kind: 'province' }, expected: 19, published: 0 });
    const bluezone = c.byIndicator.find((i) => i.code === 'bluezone-install-rate')!;
    expect(bluezone).toMatchObject({ expected: 66, published: 1 });
    expect(bluezone.missing[0]!.code).toBe('lang-son');
  });
});

describe('the due rule and its overrides', () => {
  it('gives the department’s rule, then the indicator’s, then a year’s date, then a unit’s', () => {
    const db = seeded();
    const due = (year: number) => readCalendar(db, year, DEFAULT_DUE_RULE).indicators.find((i) => i.code === 'dti-rank')!;
    expect(due(2025)).toMatchObject({ due: null, provinceDue: '2026-01-15', version: 0, responsible: null });

    const saved = saveReportingRule(db, 'dti-rank', { version: 0, due: { month: 3, day: 31 }, responsible: 'an', unitResponsibles: {} }, 'duyet');
    expect(saved).toMatchObject({ ok: true, rule: { due: { month: 3, day: 31 }, responsible: { username: 'an', displayName: 'AN' }, version: 1 } });
    expect(due(2025).provinceDue).toBe('2026-03-31');
    // A commune user may answer for its own unit's figures.
    insertUser(db, { username: 'tam-thanh.hoa', displayName: 'Hoa', role: 'analyst', unit: 'tam-thanh', passwordHash: 'x' });
    const own = saveReportingRule(
      db,
      'dti-rank',
      { version: 1, due: { month: 3, day: 31 }, responsible: 'an', unitResponsibles: { 'tam-thanh': 'tam-thanh.hoa' } },
      'duyet',
    );
    expect(own).toMatchObject({ ok: true, rule: { unitResponsibles: [{ unit: 'tam-thanh', person: { username: 'tam-thanh.hoa' } }] } });

    expect(writeDueOverride(db, { code: 'dti-rank', year: 2025, unit: null }, 0, '2026-02-10', 'duyet')).toMatchObject({ ok: true });
    expect(due(2025)).toMatchObject({ provinceDue: '2026-02-10', overrides: [{ unit: null, due: '2026-02-10', version: 1 }] });
    expect(due(2024).provinceDue).toBe('2025-03-31');
    expect(writeDueOverride(db, { code: 'dti-rank', year: 2025, unit: 'lang-son' }, 0, '2026-02-01', 'duyet')).toMatchObject({ ok: true });
    expect(due(2025).provinceDue).toBe('2026-02-01');

    // Removing the unit's date brings back the year's.
    expect(writeDueOverride(db, { code: 'dti-rank', year: 2025, unit: 'lang-son' }, 1, null, 'duyet')).toEqual({ ok: true, override: null });
    expect(due(2025).provinceDue).toBe('2026-02-10');

    const actions = listAudit(db, { indicatorCode: 'dti-rank' }).map((a) => a.action);
    expect(actions).toEqual(['due-override.delete', 'due-override.save', 'due-override.save', 'reporting-rule.save', 'reporting-rule.save']);
  });

  it('refuses a stale version, an unknown or unfit person, a commune user for another unit, an unknown unit, writing nothing', () => {
    const db = seeded();
    const body = { version: 0, due: null, responsible: 'an', unitResponsibles: {} };
    expect(saveReportingRule(db, 'dti-rank', body, 'duyet').ok).toBe(true);
    expect(saveReportingRule(db, 'dti-rank', body, 'duyet')).toMatchObject({ ok: false, status: 409, field: 'version' });
    expect(saveReportingRule(db, 'dti-rank', { ...body, version: 1, responsible: 'nobody' }, 'duyet')).toMatchObject({
      field: 'responsible',
      reason: 'unknown-user',
    });
    expect(saveReportingRule(db, 'dti-rank', { ...body, version: 1, responsible: 'viewer' }, 'duyet')).toMatchObject({ reason: 'responsible-role' });
    expect(saveReportingRule(db, 'dti-rank', { ...body, version: 1, unitResponsibles: { 'xa-khong-co': 'an' } }, 'duyet')).toMatchObject({
      field: 'unitResponsibles.xa-khong-co',
      reason: 'unknown-org-unit',
    });
    // A commune user answers for its own unit's figures, not the province's or another unit's.
    insertUser(db, { username: 'tam-thanh.hoa', displayName: 'Hoa', role: 'analyst', unit: 'tam-thanh', passwordHash: 'x' });
    expect(saveReportingRule(db, 'dti-rank', { ...body, version: 1, responsible: 'tam-thanh.hoa' }, 'duyet')).toMatchObject({
      field: 'responsible',
      reason: 'responsible-unit',
    });
    expect(saveReportingRule(db, 'dti-rank', { ...body, version: 1, unitResponsibles: { 'tan-doan': 'tam-thanh.hoa' } }, 'duyet')).toMatchObject({
      field: 'unitResponsibles.tan-doan',
      reason: 'responsible-unit',
    });
    expect(saveReportingRule(db, 'no-such', body, 'duyet')).toMatchObject({ status: 404 });
    expect(writeDueOverride(db, { code: 'dti-rank', year: 2025, unit: null }, 3, '2026-02-10', 'duyet')).toMatchObject({ status: 409 });
    expect(writeDueOverride(db, { code: 'dti-rank', year: 2025, unit: null }, 0, null, 'duyet')).toMatchObject({ reason: 'no-due-override' });
    expect(readCalendar(db, 2025, DEFAULT_DUE_RULE).indicators.find((i) => i.code === 'dti-rank')).toMatchObject({ version: 1, overrides: [] });
    expect(listAudit(db, { indicatorCode: 'dti-rank' })).toHaveLength(1);
  });
});
