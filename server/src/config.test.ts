import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { DEFAULT_LIMITS } from './limits.js';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, loginPerMinute: 10, writePerMinute: 120, limits: DEFAULT_LIMITS, pressure: { maxEventLoopDelayMs: 1000, maxHeapUsedMb: 0 } });
    expect(config.limits.importRows).toBeGreaterThanOrEqual(100_000);
    expect(config.backup).toMatchObject({ keep: 7, hour: 2 });
    expect(config.backup.dir).toMatch(/data\/backups$/);
  });

  it('reads limits, rates, pressure and backups from the environment', () => {
    const config = loadConfig({
      WRITE_RATE_PER_MINUTE: '600',
      BODY_LIMIT_KB: '64',
      IMPORT_MAX_MB: '50',
      IMPORT_MAX_ROWS: '1000',
      XLSX_MAX_ENTRIES: '50',
      XLSX_MAX_UNCOMPRESSED_MB: '10',
      XLSX_MAX_RATIO: '100',
      IMPORT_MAX_QUEUED: '0',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      MAX_HEAP_USED_MB: '900',
      BACKUP_DIR: '/srv/backups',
      BACKUP_KEEP: '0',
      BACKUP_HOUR: '23',
    });
    expect(config).toMatchObject({
      writePerMinute: 600,
      limits: { bodyBytes: 64 * 1024, importBytes: 50 * 1024 * 1024, importRows: 1000, zipEntries: 50, zipUncompressedBytes: 10 * 1024 * 1024, zipRatio: 100, importQueue: 0 },
      pressure: { maxEventLoopDelayMs: 0, maxHeapUsedMb: 900 },
      backup: { dir: '/srv/backups', keep: 0, hour: 23 },
    });
  });

  it('refuses a value that is no number in range, naming the variable', () => {
    expect(() => loadConfig({ WRITE_RATE_PER_MINUTE: '0' })).toThrow('WRITE_RATE_PER_MINUTE must be an integer');
    expect(() => loadConfig({ BACKUP_HOUR: '24' })).toThrow('BACKUP_HOUR must be an integer 0–23, got "24"');
    expect(() => loadConfig({ PORT: 'http' })).toThrow('PORT must be an integer 0–65535');
    expect(() => loadConfig({ IMPORT_MAX_QUEUED: '-1' })).toThrow('IMPORT_MAX_QUEUED must be an integer');
  });
});
