import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupFileName, checkDatabaseFile, closeDb, findUser, observationState, openDb, pruneBackups, restoreDatabase } from '@kpi/db';
import { afterEach, describe, expect, it } from 'vitest';
import { importTestApp } from '../support/import-app.js';
import { signInAll } from '../support/users.js';
import { msUntilHour, runScheduledBackup } from '../../src/services/backup-schedule.js';
import { ratioEntry } from '@kpi/shared/testing';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-backup-'));
  dirs.push(dir);
  return dir;
};

const URL_2021 = '/api/indicators/bluezone-install-rate/observations/2021';

describe('backup and restore', () => {
  it('round-trips: an online backup taken while the app serves restores the state at backup time', { timeout: 60_000 }, async () => {
    const { app } = await importTestApp();
    const { analyst } = await signInAll(app);
    const put = (numerator: number, version: number) =>
      app.inject({ method: 'PUT', url: URL_2021, headers: { cookie: analyst }, payload: ratioEntry(numerator, version, { locator: 'Bảng 2' }) });
    expect((await put(160000, 0)).statusCode).toBe(200);

    // The backup runs in steps; requests keep being served meanwhile.
    const dir = tempDir();
    const backup = runScheduledBackup(app.db, { dir, keep: 7 }, new Date(2021, 0, 15, 2, 0, 0));
    const during = await Promise.all([app.inject('/api/dashboard?year=2021'), app.inject('/api/health')]);
    expect(during.map((r) => r.statusCode)).toEqual([200, 200]);
    const done = await backup;
    expect(done).toMatchObject({ path: join(dir, 'kpi-20210115-020000.sqlite'), integrity: 'ok', deleted: [] });

    // The data changes after the backup…
    expect((await put(170000, 1)).statusCode).toBe(200);
    // …and the backup, restored into a new path, has the state at backup time.
    const restoredPath = join(tempDir(), 'restored.sqlite');
    const restored = restoreDatabase(done.path, restoredPath);
    expect(restored).toMatchObject({ integrity: 'ok', previous: null });
    expect(checkDatabaseFile(restoredPath).integrity).toBe('ok');
    const db = openDb(restoredPath);
    try {
      const state = observationState(db, { code: 'bluezone-install-rate', year: 2021 });
      expect(state).toMatchObject({ version: 1, draft: { figure: { numerator: 160000 } } });
      expect(findUser(db, 'analyst')).toMatchObject({ username: 'analyst', role: 'analyst' });
    } finally {
      closeDb(db);
    }
    // The live database did move on.
    expect(observationState(app.db, { code: 'bluezone-install-rate', year: 2021 })).toMatchObject({ version: 2, draft: { figure: { numerator: 170000 } } });
  });
});

describe('scheduled backups', () => {
  it('keep the newest BACKUP_KEEP timestamped files and delete the oldest, leaving other files alone', async () => {
    const dir = tempDir();
    const names = [1, 2, 3, 4, 5].map((day) => backupFileName(new Date(2021, 0, day, 2, 0, 0)));
    for (const name of [...names, 'notes.txt', 'kpi.sqlite']) writeFileSync(join(dir, name), 'x');
    expect(pruneBackups(dir, 3)).toEqual(names.slice(0, 2));
    expect(readdirSync(dir).sort()).toEqual([...names.slice(2), 'kpi.sqlite', 'notes.txt'].sort());
    expect(pruneBackups(dir, 3)).toEqual([]);
    expect(pruneBackups(join(dir, 'missing'), 3)).toEqual([]);
  });

  it('run at the configured hour: today if it is still ahead, else tomorrow', () => {
    expect(msUntilHour(2, new Date(2021, 0, 15, 1, 30))).toBe(30 * 60_000);
    expect(msUntilHour(2, new Date(2021, 0, 15, 2, 0))).toBe(24 * 3600_000);
    expect(msUntilHour(2, new Date(2021, 0, 15, 23, 0))).toBe(3 * 3600_000);
  });

  it('delete the oldest beyond the number kept after writing a new one', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const db = openDb(join(dir, 'live.sqlite'));
    try {
      for (const day of [1, 2, 3]) await runScheduledBackup(db, { dir: join(dir, 'backups'), keep: 2 }, new Date(2021, 0, day, 2));
      expect(readdirSync(join(dir, 'backups')).sort()).toEqual(['kpi-20210102-020000.sqlite', 'kpi-20210103-020000.sqlite']);
      expect(existsSync(join(dir, 'backups', 'kpi-20210103-020000.sqlite-wal'))).toBe(false);
    } finally {
      closeDb(db);
    }
  });
});
