/**
 * Every number, percent and date shown to people goes through here, and through `Intl`:
 * vi-VN writes `154.231` and `29,71%`, en-GB `154,231` and `29.71%`; dates are `15/01/2021` in
 * both, and times are Vietnam's (Asia/Ho_Chi_Minh) whatever the server's or browser's zone.
 */
import type { Locale } from './schemas/common.js';

export const INTL_LOCALES: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Intl formatters are costly to build and cheap to reuse: cards and charts format hundreds of values.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(INTL_LOCALES[locale], options)));
  return f;
}
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone: TIME_ZONE, ...options })));
  return f;
}
function relativeTimeFormat(locale: Locale): Intl.RelativeTimeFormat {
  const key = `r|${locale}`;
  let f = cache.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.RelativeTimeFormat(INTL_LOCALES[locale], { numeric: 'auto' })));
  return f;
}

/** Up to `decimals` places, trailing zeros dropped unless `fixed` (37.6 stays `37,6`). */
export function formatNumber(value: number, locale: Locale, decimals = 0, fixed = false): string {
  return numberFormat(locale, {
    maximumFractionDigits: decimals,
    minimumFractionDigits: fixed ? decimals : 0,
  }).format(value);
}

/** A value already in percent: `formatPercent(29.71, 'vi', 2)` → `29,71%`. */
export function formatPercent(percent: number, locale: Locale, decimals = 0, fixed = false): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: decimals,
    minimumFractionDigits: fixed ? decimals : 0,
  }).format(percent / 100);
}

/** A signed change: `+24`, `−1,5`. Zero has no sign. */
export function formatSigned(value: number, locale: Locale, decimals = 0): string {
  return numberFormat(locale, { maximumFractionDigits: decimals, signDisplay: 'exceptZero' }).format(value);
}

/** `26/63`, as Vietnamese government sites write a rank. */
export function formatRank(position: number, outOf: number, locale: Locale): string {
  return `${formatNumber(position, locale)}/${formatNumber(outOf, locale)}`;
}

/** A calendar date (`2021-01-15`) or an instant, as `15/01/2021` in Vietnam's time zone. */
export function formatDate(iso: string, locale: Locale): string {
  // A bare date means that day in Vietnam, not midnight UTC.
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00+07:00` : iso;
  return dateFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(instant));
}

/** An instant as `15/01/2021 14:05` in Vietnam's time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  return dateFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A file's size for people: `850 kB`, `2,4 MB` (vi) — kilobytes under a megabyte, so a small scan never reads `0 MB`. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes < 1024 * 1024 ? [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'] : [bytes / 1024 / 1024, 'megabyte'];
  return numberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** How long ago an instant was, in words: `5 phút trước`, `5 minutes ago` (`bây giờ`/`now` under a minute). */
export function formatTimeAgo(iso: string, locale: Locale, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  const format = relativeTimeFormat(locale);
  for (const [unit, size] of RELATIVE_UNITS) if (seconds >= size) return format.format(-Math.floor(seconds / size), unit);
  return format.format(0, 'second');
}

/** A screen clock's time: `08:05` in Vietnam's time zone, on the 24-hour clock in both languages. */
export function formatClockTime(at: Date, locale: Locale): string {
  return dateFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** A screen clock's date with its weekday: `Thứ Năm, 03/12/2026` (vi), `Thursday, 03/12/2026` (en). */
export function formatWeekdayDate(at: Date, locale: Locale): string {
  return dateFormat(locale, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
}

/** A day of the week by its place from Monday (0) to Sunday (6): `Thứ Hai`…`Chủ Nhật`, `Monday`…`Sunday`. */
export function formatWeekday(fromMonday: number, locale: Locale): string {
  // Noon of a known Monday in Vietnam (30/11/2026) and the days after it.
  return dateFormat(locale, { weekday: 'long' }).format(new Date(Date.UTC(2026, 10, 30, 5) + fromMonday * 86_400_000));
}
