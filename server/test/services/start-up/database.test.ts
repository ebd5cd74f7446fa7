import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/services/start-up/database.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the database file at start and stop', () => {
  it('is seeded on its first start only, and left whole in one file when closed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-start-'));
    dirs.push(dir);
    const path = join(dir, 'kpi.sqlite');
    const first = openDatabase(path);
    expect(first.seeded).toBe(true);
    closeDatabase(first.db);
    // Closing twice (a failed listen after a signal) is harmless.
    closeDatabase(first.db);
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
    const second = openDatabase(path);
    expect(second.seeded).toBe(false);
    closeDatabase(second.db);
  });
});
