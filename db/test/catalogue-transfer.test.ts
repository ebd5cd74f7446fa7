import { catalogueFileSchema, type CatalogueFile } from '@kpi/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportCatalogue } from '../src/catalogue-export.js';
import { importCatalogue } from '../src/catalogue-import.js';
import { definitionState, listDefinitions } from '../src/definition-state.js';
import { publishDefinitionDraft } from '../src/definition-writes.js';
import { listIndicatorGroups } from '../src/indicator-groups.js';
import { openDb, type Db } from '../src/open-db.js';
import { targets } from '../src/schema.js';
import { seedDatabase, seedGroupBodies, seedIndicators } from '../src/seed/index.js';
import { listAudit } from '../src/audit.js';

const counts = <T extends { action: string }>(steps: T[]) => steps.reduce<Record<string, number>>((n, s) => ({ ...n, [s.action]: (n[s.action] ?? 0) + 1 }), {});
const targetRows = (db: Db) => db.select().from(targets).all().length;
/** The file's targets with each document's number and title in place of its key (keys are per instance). */
const byDocument = (f: CatalogueFile) =>
  f.targets.map(({ source, ...t }) => {
    const { key: _key, ...document } = f.sources.find((s) => s.key === source)!;
    return { ...t, document };
  });

describe('the catalogue as a file', () => {
  let lang: Db;
  let file: CatalogueFile;
  beforeEach(() => {
    lang = openDb(':memory:');
    seedDatabase(lang);
    file = exportCatalogue(lang, '2026-12-04T00:00:00.000Z');
  });

  it('exports the groups in their order with both names', () => {
    expect(file.groups.map((g) => g.code)).toEqual(seedGroupBodies.map((g) => g.code));
    expect(file.groups[4]).toEqual({ code: 'telecoms', name: { vi: 'Viễn thông, Internet', en: 'Telecoms and Internet' }, order: 50 });
  });

  it('lists new and changed groups on a dry run, and an admin’s import writes them, audited', () => {
    const withGroups: CatalogueFile = {
      ...file,
      groups: [
        { ...file.groups[0]!, name: { vi: 'Chính quyền số', en: 'Digital government' } },
        ...file.groups.slice(1),
        { code: 'cyber-security', name: { vi: 'An toàn thông tin', en: 'Cyber security' }, order: 70 },
      ],
    };
    const dry = importCatalogue(lang, withGroups, 'admin-a', { dryRun: true, mayWriteGroups: true });
    expect(dry.groups[0]).toEqual({ code: 'e-government', action: 'changed', fields: ['name.vi', 'name.en'], reason: null });
    expect(dry.groups.at(-1)).toEqual({ code: 'cyber-security', action: 'new', fields: ['name.vi', 'name.en', 'order'], reason: null });
    expect(listIndicatorGroups(lang).map((g) => g.code)).not.toContain('cyber-security');

    expect(importCatalogue(lang, withGroups, 'admin-a', { dryRun: false, mayWriteGroups: true }).applied).toBe(true);
    expect(listIndicatorGroups(lang)[0]).toMatchObject({ code: 'e-government', name: { vi: 'Chính quyền số' }, version: 2 });
    expect(listAudit(lang, { entityKey: 'cyber-security' })).toMatchObject([{ action: 'indicator-group.create', actor: 'admin-a' }]);
  });

  it('refuses group changes in an approver’s import, since only admins edit groups', () => {
    const renamed: CatalogueFile = { ...file, groups: [{ ...file.groups[0]!, order: 5 }, ...file.groups.slice(1)] };
    const plan = importCatalogue(lang, renamed, 'approver-a', { dryRun: false, mayWriteGroups: false });
    expect(plan).toMatchObject({ applied: false });
    expect(plan.groups[0]).toEqual({ code: 'e-government', action: 'refused', fields: ['order'], reason: 'admin-only' });
    expect(listIndicatorGroups(lang)[0]).toMatchObject({ order: 10, version: 1 });
  });

  it('refuses an indicator naming a group neither in the file nor here', () => {
    const [first] = file.indicators;
    const orphan: CatalogueFile = { ...file, indicators: [{ ...first!, code: 'orphan-rate', group: 'no-such-group', continues: null, replacedBy: null }] };
    const plan = importCatalogue(lang, orphan, 'admin-a', { dryRun: true, mayWriteGroups: true });
    expect(plan.indicators).toEqual([expect.objectContaining({ code: 'orphan-rate', action: 'refused', reason: 'unknown-group' })]);
    // Named in the file, the group is made first and the indicator proposed.
    const withGroup: CatalogueFile = { ...orphan, groups: [...file.groups, { code: 'no-such-group', name: { vi: 'Nhóm mới', en: 'New group' }, order: 70 }] };
    expect(importCatalogue(lang, withGroup, 'admin-a', { dryRun: true, mayWriteGroups: true }).indicators[0]).toMatchObject({ action: 'new' });
  });

  it('exports every published indicator, the targets in force and the documents they cite, in the file format', () => {
    expect(catalogueFileSchema.parse(file)).toEqual(file);
    expect(file.indicators.map((d) => d.code)).toEqual(seedIndicators.map((i) => i.code));
    expect(file.targets.length).toBeGreaterThan(10);
    const keys = new Set(file.sources.map((s) => s.key));
    for (const t of file.targets) expect(keys.has(t.source), `${t.indicator}/${t.year}`).toBe(true);
    // One target per indicator and year: the revision in force.
    expect(new Set(file.targets.map((t) => `${t.indicator}/${t.year}`)).size).toBe(file.targets.length);
  });

  it('finds nothing to change when imported where it came from, and writes nothing on a dry run', () => {
    const before = targetRows(lang);
    const plan = importCatalogue(lang, file, 'approver-a', { dryRun: true, mayWriteGroups: false });
    expect(plan).toMatchObject({ dryRun: true, applied: false });
    expect(counts(plan.groups)).toEqual({ unchanged: 6 });
    expect(counts(plan.indicators)).toEqual({ unchanged: file.indicators.length });
    expect(counts(plan.targets)).toEqual({ unchanged: file.targets.length });
    expect(plan.sources.every((s) => s.action === 'existing' && s.id !== null)).toBe(true);
    expect(targetRows(lang)).toBe(before);
  });

  it('starts an empty instance: indicators proposed for another approver, then their targets and documents', () => {
    const fresh = openDb(':memory:');
    const first = importCatalogue(fresh, file, 'admin-a', { dryRun: false, mayWriteGroups: true });
    expect(first.applied).toBe(true);
    // Groups are written at once by an admin's import: the drafts that name them can then be made.
    expect(counts(first.groups)).toEqual({ new: 6 });
    expect(listIndicatorGroups(fresh)).toEqual(file.groups.map((g) => ({ ...g, version: 1 })));
    expect(counts(first.indicators)).toEqual({ new: file.indicators.length });
    expect(counts(first.targets)).toEqual({ waits: file.targets.length });
    // Proposed, not published: four eyes as in the editor.
    expect(listDefinitions(fresh).every((e) => e.published === null && e.draft !== null)).toBe(true);
    // In file order, so an indicator that names another comes after it.
    for (const { code } of file.indicators) expect(publishDefinitionDraft(fresh, code, 1, 'approver-b')).toMatchObject({ ok: true });

    const second = importCatalogue(fresh, file, 'admin-a', { dryRun: false, mayWriteGroups: true });
    expect(counts(second.indicators)).toEqual({ unchanged: file.indicators.length });
    expect(counts(second.targets)).toEqual({ new: file.targets.length });
    expect(second.sources.filter((s) => s.action === 'new').length).toBe(file.sources.length);
    // The new instance exports the same catalogue, its documents under its own keys.
    const again = exportCatalogue(fresh, file.exportedAt);
    expect(again.groups).toEqual(file.groups);
    expect(again.indicators).toEqual(file.indicators);
    expect(byDocument(again)).toEqual(byDocument(file));
  });

  it('proposes a changed definition, revises a changed target and adds a new document, listing each', () => {
    const [first, second] = file.indicators;
    const target = file.targets[0]!;
    const changed: CatalogueFile = {
      ...file,
      indicators: [{ ...first!, name: { ...first!.name, vi: `${first!.name.vi} (sửa)` } }, ...file.indicators.slice(1)],
      sources: [
        ...file.sources,
        {
          key: 'plan-2026',
          number: '99/KH-UBND',
          title: 'Kế hoạch chuyển đổi số năm 2026',
          issuer: null,
          publisher: null,
          date: null,
          kind: 'plan',
          url: null,
          note: null,
          noteEn: null,
        },
      ],
      targets: [{ ...target, value: target.value + 1, source: 'plan-2026' }, ...file.targets.slice(1)],
    };
    const plan = importCatalogue(lang, changed, 'approver-a', { dryRun: false, mayWriteGroups: false });
    expect(plan.applied).toBe(true);
    expect(plan.indicators[0]).toEqual({ code: first!.code, action: 'changed', fields: ['name'], reason: null });
    expect(plan.indicators[1]).toMatchObject({ code: second!.code, action: 'unchanged' });
    expect(plan.targets[0]).toMatchObject({ indicator: target.indicator, year: target.year, action: 'revised' });
    expect(plan.sources.at(-1)).toMatchObject({ key: 'plan-2026', action: 'new', id: expect.any(Number) });
    expect(definitionState(lang, first!.code).draft?.definition.name.vi).toBe(`${first!.name.vi} (sửa)`);
  });

  it('refuses the whole file when one entry cannot be taken, and writes none of it', () => {
    // Figures fix the kind: a ratio with figures cannot become a value.
    const ratio = file.indicators.find((d) => d.kind === 'ratio' && definitionState(lang, d.code).hasFigures)!;
    const other = file.indicators.find((d) => d.code !== ratio.code)!;
    const bad: CatalogueFile = {
      ...file,
      indicators: file.indicators.map((d) =>
        d.code === ratio.code ? { ...d, kind: 'value', aggregation: 'none' } : d.code === other.code ? { ...d, name: { ...d.name, en: 'Renamed' } } : d,
      ),
    };
    const plan = importCatalogue(lang, bad, 'approver-a', { dryRun: false, mayWriteGroups: false });
    expect(plan.applied).toBe(false);
    expect(plan.indicators.find((s) => s.code === ratio.code)).toMatchObject({ action: 'refused', reason: 'series-locked' });
    expect(plan.indicators.find((s) => s.code === other.code)).toMatchObject({ action: 'changed', fields: ['name'] });
    expect(definitionState(lang, other.code).draft).toBeNull();

    // A draft awaiting review is never replaced by an import.
    importCatalogue(lang, { ...file, indicators: [bad.indicators.find((d) => d.code === other.code)!] }, 'approver-a', {
      dryRun: false,
      mayWriteGroups: false,
    });
    const again = importCatalogue(lang, file, 'approver-a', { dryRun: true, mayWriteGroups: false });
    expect(again.indicators.find((s) => s.code === other.code)).toMatchObject({ action: 'refused', reason: 'draft-pending' });
  });
});
