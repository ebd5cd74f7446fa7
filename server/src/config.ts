import { dueRuleSchema, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type DueRule } from '@kpi/shared';
import { DEFAULT_CALENDAR, type CalendarSettings } from './calendar-settings.js';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { DEFAULT_REVIEW_AGENCY, type ReviewAgency } from './services/review-document/agency.js';
import { DEFAULT_STREAM_LIMITS, type StreamLimits } from './services/stream-slots.js';
import { DEFAULT_LOCKOUT, type LockoutPolicy } from './services/sign-in-lockout.js';
import type { MailSettings } from './services/mail/mail-settings.js';

/** Fastify's `trustProxy` as this app allows it: off, a hop count, or the proxies' addresses/CIDRs. */
export type TrustProxy = false | number | string[];

/** Configuration by environment; docs/operations.md lists every setting with its default. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  logLevel: string;
  /** The built web app the server serves beside the API; null to serve the API only. */
  webDist: string | null;
  /** Minutes without a request after which a session ends. */
  sessionIdleMinutes: number;
  /** Days after sign-in after which a session ends, however active. */
  sessionMaxDays: number;
  /** Published figures readable without signing in (PUBLIC_READ=false to require it). */
  publicRead: boolean;
  loginPerMinute: number;
  /** Failed sign-ins in a row per username: back-off from `backoffAfter`, lock for `lockMinutes` from `lockAfter`. */
  loginLockout: LockoutPolicy;
  /** Writes (POST/PUT/PATCH/DELETE) allowed per signed-in user and address per minute. */
  writePerMinute: number;
  /** The proxies in front whose X-Forwarded-* are believed: none, a hop count, or their addresses/CIDRs. */
  trustProxy: TrustProxy;
  /** The first admin's password; generated and logged once when unset. */
  adminPassword: string | undefined;
  limits: Limits;
  /** Thresholds past which requests get 503 rather than queue up; 0 turns a check off. */
  pressure: { maxEventLoopDelayMs: number; maxHeapUsedMb: number };
  /** Live screen streams open at once, per screen and per client address; beyond them 429. */
  screenStreams: StreamLimits;
  /** Minutes a screen that was seen may stay without a live stream before the admin's page flags it dark. */
  screenDarkAfterMinutes: number;
  backup: { dir: string; keep: number; hour: number };
  mail: MailSettings;
  /** Who issues the yearly review as a report in the form of Decree 30/2020/NĐ-CP. */
  reviewAgency: ReviewAgency;
  /** The department's due rule (day and month of the year after a figure's year) and the inbox's reach. */
  calendar: CalendarSettings;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function integer(name: string, value: string | undefined, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer ${min}–${max}, got "${value}"`);
  return n;
}

const positiveInt = (name: string, value: string | undefined, fallback: number) => integer(name, value, fallback, 1);
const mb = (bytes: number) => bytes / 1024 / 1024;

const flag = (value: string | undefined, fallback: boolean) => (value === undefined || value === '' ? fallback : !/^(false|0|no|off)$/i.test(value));

/** Names proxy-addr (Fastify's trustProxy) knows for address ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = family === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= bits;
}

/**
 * TRUST_PROXY: off, the number of proxies in front (1 behind one nginx), or their addresses and
 * CIDRs. Never every hop: then a client names its own address in X-Forwarded-For and escapes the
 * per-address limits.
 */
export function trustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || /^(false|0|no|off)$/i.test(text)) return false;
  if (/^(true|yes|on)$/i.test(text)) {
    throw new Error(
      `TRUST_PROXY=${text} would trust every hop, so any client could pick its address with X-Forwarded-For: give the number of proxies in front (TRUST_PROXY=1 behind one nginx) or their addresses (TRUST_PROXY=127.0.0.1,10.0.0.0/8)`,
    );
  }
  if (/^\d+$/.test(text)) return integer('TRUST_PROXY', text, 1, 1, 10);
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isAddressOrCidr(entry));
  if (wrong.length > 0) throw new Error(`TRUST_PROXY must be a hop count or IP addresses/CIDRs separated by commas; not an address: ${wrong.join(', ')}`);
  return entries;
}

/** A base URL for links in mail: http(s), no query; the trailing slash dropped so paths join cleanly. */
function publicUrl(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`APP_PUBLIC_URL must be the address people open the app at, like https://kpi.langson.gov.vn; got "${text}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) throw new Error(`APP_PUBLIC_URL must be an http(s) address without a query; got "${text}"`);
  return url.href.replace(/\/+$/, '');
}

/** SMTP_URL, MAIL_FROM, MAIL_DIGEST_HOUR, APP_PUBLIC_URL: no SMTP_URL, no mail (and the admin's settings page says so). */
export function mailSettings(env: NodeJS.ProcessEnv): MailSettings {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl !== null && !/^smtps?:\/\/[^/]/.test(smtpUrl))
    throw new Error('SMTP_URL must look like smtp://user:password@host:587 (or smtps:// for TLS from the start)');
  return {
    smtpUrl,
    from: env.MAIL_FROM?.trim() || null,
    digestHour: integer('MAIL_DIGEST_HOUR', env.MAIL_DIGEST_HOUR, 7, 0, 23),
    publicUrl: publicUrl(env.APP_PUBLIC_URL),
  };
}

/** A list setting: items separated by ";" (a recipient such as "Lưu: VT, KHTC" holds commas). */
const list = (value: string | undefined, fallback: string[]) => {
  const items = (value ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : fallback;
};
const text = (value: string | undefined, fallback: string) => value?.trim() || fallback;

/** REVIEW_*: the review's issuing agency and the rest of its decree parts; defaults are Lạng Sơn's after 2025. */
export function reviewAgency(env: NodeJS.ProcessEnv): ReviewAgency {
  const d = DEFAULT_REVIEW_AGENCY;
  const symbol = text(env.REVIEW_SYMBOL, d.symbol);
  // The decree writes a symbol in capitals, joined by hyphens (Appendix I, II.3).
  if (!/^[\p{Lu}\d]+(-[\p{Lu}\d]+)*$/u.test(symbol))
    throw new Error(`REVIEW_SYMBOL must be capital letters and digits joined by "-", like SKHCN, got "${symbol}"`);
  return {
    superior: text(env.REVIEW_SUPERIOR_AGENCY, d.superior),
    agency: text(env.REVIEW_AGENCY, d.agency),
    place: text(env.REVIEW_PLACE, d.place),
    symbol,
    signatory: list(env.REVIEW_SIGNATORY, d.signatory),
    recipients: list(env.REVIEW_RECIPIENTS, d.recipients),
  };
}

/** REPORT_DUE_MONTH and REPORT_DUE_DAY: a day that exists in every year (no 29 February). */
function dueRule(env: NodeJS.ProcessEnv): DueRule {
  const rule = {
    month: integer('REPORT_DUE_MONTH', env.REPORT_DUE_MONTH, DEFAULT_CALENDAR.departmentRule.month, 1, 12),
    day: integer('REPORT_DUE_DAY', env.REPORT_DUE_DAY, DEFAULT_CALENDAR.departmentRule.day, 1, 31),
  };
  if (!dueRuleSchema.safeParse(rule).success) throw new Error(`REPORT_DUE_DAY ${rule.day} is no day of month ${rule.month} in every year`);
  return rule;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databasePath = env.DATABASE_PATH || `${repoRoot}data/kpi.sqlite`;
  return {
    port: integer('PORT', env.PORT, 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databasePath,
    logLevel: env.LOG_LEVEL || 'info',
    webDist: env.WEB_DIST === '' ? null : env.WEB_DIST || `${repoRoot}web/dist`,
    sessionIdleMinutes: positiveInt('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 480),
    sessionMaxDays: positiveInt('SESSION_MAX_DAYS', env.SESSION_MAX_DAYS, 30),
    publicRead: flag(env.PUBLIC_READ, true),
    loginPerMinute: positiveInt('LOGIN_RATE_PER_MINUTE', env.LOGIN_RATE_PER_MINUTE, 10),
    loginLockout: {
      backoffAfter: positiveInt('LOGIN_BACKOFF_AFTER', env.LOGIN_BACKOFF_AFTER, DEFAULT_LOCKOUT.backoffAfter),
      lockAfter: positiveInt('LOGIN_LOCK_AFTER', env.LOGIN_LOCK_AFTER, DEFAULT_LOCKOUT.lockAfter),
      lockMinutes: integer('LOGIN_LOCK_MINUTES', env.LOGIN_LOCK_MINUTES, DEFAULT_LOCKOUT.lockMinutes, 1, 24 * 60),
    },
    writePerMinute: positiveInt('WRITE_RATE_PER_MINUTE', env.WRITE_RATE_PER_MINUTE, 120),
    trustProxy: trustProxy(env.TRUST_PROXY),
    adminPassword: env.KPI_ADMIN_PASSWORD || undefined,
    limits: {
      bodyBytes: positiveInt('BODY_LIMIT_KB', env.BODY_LIMIT_KB, DEFAULT_LIMITS.bodyBytes / 1024) * 1024,
      importBytes: positiveInt('IMPORT_MAX_MB', env.IMPORT_MAX_MB, mb(IMPORT_MAX_BYTES)) * 1024 * 1024,
      importRows: positiveInt('IMPORT_MAX_ROWS', env.IMPORT_MAX_ROWS, IMPORT_MAX_ROWS),
      zipEntries: positiveInt('XLSX_MAX_ENTRIES', env.XLSX_MAX_ENTRIES, DEFAULT_LIMITS.zipEntries),
      zipUncompressedBytes: positiveInt('XLSX_MAX_UNCOMPRESSED_MB', env.XLSX_MAX_UNCOMPRESSED_MB, mb(DEFAULT_LIMITS.zipUncompressedBytes)) * 1024 * 1024,
      zipRatio: positiveInt('XLSX_MAX_RATIO', env.XLSX_MAX_RATIO, DEFAULT_LIMITS.zipRatio),
      importQueue: integer('IMPORT_MAX_QUEUED', env.IMPORT_MAX_QUEUED, DEFAULT_LIMITS.importQueue, 0),
    },
    pressure: {
      maxEventLoopDelayMs: integer('MAX_EVENT_LOOP_DELAY_MS', env.MAX_EVENT_LOOP_DELAY_MS, 1000, 0),
      maxHeapUsedMb: integer('MAX_HEAP_USED_MB', env.MAX_HEAP_USED_MB, 0, 0),
    },
    screenStreams: {
      perScreen: positiveInt('SCREEN_STREAMS_PER_SCREEN', env.SCREEN_STREAMS_PER_SCREEN, DEFAULT_STREAM_LIMITS.perScreen),
      perAddress: positiveInt('SCREEN_STREAMS_PER_ADDRESS', env.SCREEN_STREAMS_PER_ADDRESS, DEFAULT_STREAM_LIMITS.perAddress),
    },
    screenDarkAfterMinutes: integer('SCREEN_DARK_AFTER_MINUTES', env.SCREEN_DARK_AFTER_MINUTES, 30, 1, 7 * 24 * 60),
    calendar: {
      departmentRule: dueRule(env),
      dueDays: integer('INBOX_DUE_DAYS', env.INBOX_DUE_DAYS, DEFAULT_CALENDAR.dueDays, 0, 366),
      worsenedDays: integer('INBOX_WORSENED_DAYS', env.INBOX_WORSENED_DAYS, DEFAULT_CALENDAR.worsenedDays, 1, 366),
    },
    backup: {
      dir: env.BACKUP_DIR || `${repoRoot}data/backups`,
      keep: integer('BACKUP_KEEP', env.BACKUP_KEEP, 7, 0),
      hour: integer('BACKUP_HOUR', env.BACKUP_HOUR, 2, 0, 23),
    },
    mail: mailSettings(env),
    reviewAgency: reviewAgency(env),
  };
}
