import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../src/open-db.js';

describe('openDb', () => {
  let dir: string | undefined;
  let db: Db | undefined;
  afterEach(() => {
    if (db) closeDb(db);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the folder, migrates, and sets WAL, foreign keys and a busy timeout', () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-db-'));
    db = openDb(join(dir, 'nested', 'kpi.sqlite'), { busyTimeoutMs: 1234 });
    const sqlite = db.$client;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(1234);
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['indicators', 'observations', 'observation_revisions', 'sources', 'targets']));
  });

  it('enforces one published revision per figure', () => {
    db = openDb(':memory:');
    const sqlite = db.$client;
    sqlite
      .prepare("insert into indicators (code, name_vi, name_en, `group`, kind, direction, unit) values ('x', 'x', 'x', 'press', 'value', 'up', 'count')")
      .run();
    sqlite.prepare('insert into observations (indicator_id, period) values (1, 2020)').run();
    const publish = sqlite.prepare("insert into observation_revisions (observation_id, state, value, created_by) values (1, 'published', 1, 't')");
    publish.run();
    expect(() => publish.run()).toThrow(/UNIQUE/);
  });

  it('rejects a figure of an indicator that does not exist', () => {
    db = openDb(':memory:');
    expect(() => db!.$client.prepare('insert into observations (indicator_id, period) values (99, 2020)').run()).toThrow(/FOREIGN KEY/);
  });
});
