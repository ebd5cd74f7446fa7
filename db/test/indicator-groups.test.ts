import { newDefinition, testGroups } from '@kpi/shared/testing';
import { indicatorDefinitionSchema } from '@kpi/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit.js';
import { saveDefinitionDraft, writeDefinition } from '../src/definition-writes.js';
import { createIndicatorGroup, findIndicatorGroup, listIndicatorGroups, updateIndicatorGroup } from '../src/indicator-groups.js';
import { closeDb, openDb, type Db } from '../src/open-db.js';
import { seedDatabase } from '../src/seed/index.js';
import { seedIndicatorGroups } from '../src/seed/groups.js';

let db: Db;
beforeEach(() => {
  db = openDb(':memory:');
  seedDatabase(db);
});
afterEach(() => closeDb(db));

const security = { code: 'cyber-security', name: { vi: 'An toàn thông tin', en: 'Cyber security' } };

describe('the seeded groups', () => {
  it('are the report’s six areas, in its order and with its names, unaudited', () => {
    // testGroups (shared's fixtures for web and shared tests) must say what the seed says.
    expect(listIndicatorGroups(db)).toEqual(testGroups);
    expect(listAudit(db, { entityKey: 'telecoms' })).toEqual([]);
  });

  it('are made once: a restart, or a database that has groups, gets no second set', () => {
    expect(seedIndicatorGroups(db)).toBe(0);
    expect(listIndicatorGroups(db)).toHaveLength(6);
  });

  it('are what every seeded indicator names', () => {
    const codes = new Set(listIndicatorGroups(db).map((g) => g.code));
    const named = db.all<{ group: string }>('select distinct "group" from indicators');
    expect(named.length).toBeGreaterThan(3);
    for (const { group } of named) expect(codes.has(group), group).toBe(true);
  });
});

describe('group writes', () => {
  it('create a group after the last one unless an order is given, audited', () => {
    expect(createIndicatorGroup(db, security, 'admin')).toEqual({ ok: true, group: { ...security, order: 70, version: 1 } });
    expect(createIndicatorGroup(db, { code: 'first', name: { vi: 'Đầu', en: 'First' }, order: 0 }, 'admin')).toMatchObject({ ok: true });
    expect(listIndicatorGroups(db).map((g) => g.code)).toEqual(['first', ...testGroups.map((g) => g.code), 'cyber-security']);
    expect(listAudit(db, { entityKey: 'cyber-security' })).toMatchObject([{ action: 'indicator-group.create', actor: 'admin' }]);
  });

  it('refuse a code that is taken, naming it', () => {
    expect(createIndicatorGroup(db, { ...security, code: 'telecoms' }, 'admin')).toEqual({ ok: false, status: 409, field: 'code', reason: 'group-taken' });
  });

  it('change names and order at the version loaded, and refuse a stale one', () => {
    const before = findIndicatorGroup(db, 'press')!;
    const change = { name: { vi: 'Báo chí', en: 'Press' }, order: 5, version: 1 };
    expect(updateIndicatorGroup(db, 'press', change, 'admin')).toEqual({ ok: true, group: { code: 'press', ...change, version: 2 } });
    expect(listIndicatorGroups(db)[0]?.code).toBe('press');
    expect(updateIndicatorGroup(db, 'press', change, 'admin')).toMatchObject({ ok: false, status: 409, field: 'version', current: { version: 2 } });
    expect(listAudit(db, { entityKey: 'press' })).toMatchObject([{ action: 'indicator-group.update', before }]);
    expect(updateIndicatorGroup(db, 'no-such', change, 'admin')).toMatchObject({ ok: false, status: 404 });
  });

  it('leave the version alone when nothing changes', () => {
    const { name, order } = findIndicatorGroup(db, 'press')!;
    expect(updateIndicatorGroup(db, 'press', { name, order, version: 1 }, 'admin')).toMatchObject({ ok: true, group: { version: 1 } });
    expect(listAudit(db, { entityKey: 'press' })).toEqual([]);
  });
});

describe('indicators and their group', () => {
  it('refuse a definition naming an unknown group, and take it once the group exists', () => {
    const definition = indicatorDefinitionSchema.parse(newDefinition({ group: 'cyber-security' }));
    expect(saveDefinitionDraft(db, definition, 0, 'approver')).toEqual({ ok: false, reason: 'unknown-group' });
    createIndicatorGroup(db, security, 'admin');
    expect(saveDefinitionDraft(db, definition, 0, 'approver')).toMatchObject({ ok: true });
  });

  it('are never written with an unknown group, even by the seed’s own write', () => {
    const definition = indicatorDefinitionSchema.parse(newDefinition({ code: 'orphan-rate', group: 'nowhere' }));
    expect(() => writeDefinition(db, definition, 1)).toThrow(/unknown group/);
  });
});
