import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { DEFAULT_CALENDAR } from '../src/calendar-settings.js';
import { DEFAULT_LIMITS } from '../src/limits.js';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      loginPerMinute: 10,
      writePerMinute: 120,
      limits: DEFAULT_LIMITS,
      pressure: { maxEventLoopDelayMs: 1000, maxHeapUsedMb: 0 },
    });
    expect(config.loginLockout).toEqual({ backoffAfter: 3, lockAfter: 10, lockMinutes: 15 });
    expect(config.limits.importRows).toBeGreaterThanOrEqual(100_000);
    expect(config.backup).toMatchObject({ keep: 7, hour: 2 });
    expect(config.screenStreams).toEqual({ perScreen: 5, perAddress: 20 });
    expect(config.backup.dir).toMatch(/data\/backups$/);
    expect(config.mail).toEqual({ smtpUrl: null, from: null, digestHour: 7, publicUrl: null });
    // The same defaults buildApp takes when given no calendar: one declaration of them.
    expect(config.calendar).toEqual(DEFAULT_CALENDAR);
    expect(config.calendar).toEqual({ departmentRule: { month: 1, day: 15 }, dueDays: 14, worsenedDays: 30 });
  });

  it('reads the mail settings, and refuses an SMTP_URL or APP_PUBLIC_URL it could not use', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://kpi:secret@mail.langson.example:587',
      MAIL_FROM: 'Chỉ tiêu CNTT <kpi@langson.example>',
      MAIL_DIGEST_HOUR: '6',
      APP_PUBLIC_URL: 'https://kpi.langson.example/',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://kpi:secret@mail.langson.example:587',
      from: 'Chỉ tiêu CNTT <kpi@langson.example>',
      digestHour: 6,
      publicUrl: 'https://kpi.langson.example',
    });
    expect(() => loadConfig({ SMTP_URL: 'mail.langson.example' })).toThrow('SMTP_URL must look like smtp://');
    expect(() => loadConfig({ MAIL_DIGEST_HOUR: '24' })).toThrow('MAIL_DIGEST_HOUR must be an integer 0–23, got "24"');
    expect(() => loadConfig({ APP_PUBLIC_URL: 'kpi.langson.example' })).toThrow('APP_PUBLIC_URL must be the address');
  });

  it('reads limits, rates, pressure, screen streams and backups from the environment', () => {
    const config = loadConfig({
      WRITE_RATE_PER_MINUTE: '600',
      LOGIN_BACKOFF_AFTER: '5',
      LOGIN_LOCK_AFTER: '20',
      LOGIN_LOCK_MINUTES: '60',
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
      SCREEN_STREAMS_PER_SCREEN: '2',
      SCREEN_STREAMS_PER_ADDRESS: '200',
      REPORT_DUE_MONTH: '3',
      REPORT_DUE_DAY: '31',
      INBOX_DUE_DAYS: '30',
      INBOX_WORSENED_DAYS: '7',
    });
    expect(config).toMatchObject({
      writePerMinute: 600,
      loginLockout: { backoffAfter: 5, lockAfter: 20, lockMinutes: 60 },
      limits: {
        bodyBytes: 64 * 1024,
        importBytes: 50 * 1024 * 1024,
        importRows: 1000,
        zipEntries: 50,
        zipUncompressedBytes: 10 * 1024 * 1024,
        zipRatio: 100,
        importQueue: 0,
      },
      pressure: { maxEventLoopDelayMs: 0, maxHeapUsedMb: 900 },
      backup: { dir: '/srv/backups', keep: 0, hour: 23 },
      screenStreams: { perScreen: 2, perAddress: 200 },
      calendar: { departmentRule: { month: 3, day: 31 }, dueDays: 30, worsenedDays: 7 },
    });
  });

  it('refuses a value that is no number in range, naming the variable', () => {
    expect(() => loadConfig({ WRITE_RATE_PER_MINUTE: '0' })).toThrow('WRITE_RATE_PER_MINUTE must be an integer');
    expect(() => loadConfig({ BACKUP_HOUR: '24' })).toThrow('BACKUP_HOUR must be an integer 0–23, got "24"');
    expect(() => loadConfig({ PORT: 'http' })).toThrow('PORT must be an integer 0–65535');
    expect(() => loadConfig({ SCREEN_STREAMS_PER_SCREEN: '0' })).toThrow('SCREEN_STREAMS_PER_SCREEN must be an integer');
    expect(() => loadConfig({ IMPORT_MAX_QUEUED: '-1' })).toThrow('IMPORT_MAX_QUEUED must be an integer');
    expect(() => loadConfig({ LOGIN_LOCK_MINUTES: '0' })).toThrow('LOGIN_LOCK_MINUTES must be an integer 1–1440, got "0"');
    expect(() => loadConfig({ LOGIN_LOCK_AFTER: 'ten' })).toThrow('LOGIN_LOCK_AFTER must be an integer');
    // A rule's day must exist in every month, February included.
    expect(() => loadConfig({ REPORT_DUE_MONTH: '2', REPORT_DUE_DAY: '29' })).toThrow('REPORT_DUE_DAY 29 is no day of month 2 in every year');
  });
});

describe('the review’s issuing agency', () => {
  it('defaults to Lạng Sơn’s Department of Science and Technology, which took the ICT duties in 2025', () => {
    expect(loadConfig({}).reviewAgency).toEqual({
      superior: 'UBND TỈNH LẠNG SƠN',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      place: 'Lạng Sơn',
      symbol: 'SKHCN',
      signatory: ['GIÁM ĐỐC'],
      recipients: ['UBND tỉnh (b/c)', 'Lãnh đạo Sở', 'Lưu: VT'],
    });
  });

  it('reads every part from REVIEW_*, lists separated by ";"', () => {
    const agency = loadConfig({
      REVIEW_SUPERIOR_AGENCY: 'UBND tỉnh Cao Bằng',
      REVIEW_AGENCY: 'Sở Khoa học và Công nghệ',
      REVIEW_PLACE: 'Cao Bằng',
      REVIEW_SYMBOL: 'SKHCN-CĐS',
      REVIEW_SIGNATORY: 'KT. GIÁM ĐỐC; PHÓ GIÁM ĐỐC',
      REVIEW_RECIPIENTS: 'Bộ KH&CN (b/c); UBND tỉnh (b/c);Lưu: VT, KHTC',
    }).reviewAgency;
    expect(agency).toEqual({
      superior: 'UBND tỉnh Cao Bằng',
      agency: 'Sở Khoa học và Công nghệ',
      place: 'Cao Bằng',
      symbol: 'SKHCN-CĐS',
      signatory: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      recipients: ['Bộ KH&CN (b/c)', 'UBND tỉnh (b/c)', 'Lưu: VT, KHTC'],
    });
  });

  it('refuses a symbol that is not capitals joined by hyphens, naming the variable', () => {
    expect(() => loadConfig({ REVIEW_SYMBOL: 'skhcn' })).toThrow('REVIEW_SYMBOL must be capital letters and digits');
    expect(() => loadConfig({ REVIEW_SYMBOL: 'BC/SKHCN' })).toThrow('REVIEW_SYMBOL');
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default and takes a hop count or the proxies’ addresses and CIDRs', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('refuses to trust every hop, and anything that is not an address, naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true would trust every hop.*TRUST_PROXY=1/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow('not an address: 10.0.0.0/33');
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow('TRUST_PROXY must be a hop count or IP addresses');
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow('TRUST_PROXY must be an integer 1–10');
  });
});

describe('SESSION_MAX_DAYS', () => {
  it('defaults to 30 days and is read from the environment', () => {
    expect(loadConfig({}).sessionMaxDays).toBe(30);
    expect(loadConfig({ SESSION_MAX_DAYS: '7' }).sessionMaxDays).toBe(7);
    expect(() => loadConfig({ SESSION_MAX_DAYS: '0' })).toThrow('SESSION_MAX_DAYS must be an integer');
  });
});
