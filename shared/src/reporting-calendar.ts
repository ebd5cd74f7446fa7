import { INTL_LOCALES, TIME_ZONE } from './format.js';
import { buildAsOf, type IndicatorData } from './indicator-view.js';
import type { Locale } from './schemas/common.js';
import type { DueOverride, DueRule } from './schemas/calendar.js';
import type { Status, StatusResult } from './schemas/status.js';

/**
 * The reporting calendar's arithmetic, without I/O: due dates from rules and overrides, "today"
 * where the department works, and which status changes are for the worse.
 */

/** Where no indicator has a rule of its own: 15 January of the next year (REPORT_DUE_MONTH, REPORT_DUE_DAY). */
export const DEFAULT_DUE_RULE: DueRule = { month: 1, day: 15 };

const pad = (n: number) => String(n).padStart(2, '0');

const dayMonthFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A rule's day of the year without its year (`{ month: 1, day: 15 }`) as `15/01`, in both languages.
 * Here rather than in format.ts, which the overview's first load carries: only staff pages write it.
 */
export function formatDayMonth(rule: DueRule, locale: Locale): string {
  let format = dayMonthFormats.get(locale);
  if (!format) dayMonthFormats.set(locale, (format = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit' })));
  // vi-VN writes a bare day and month `15-01`; both locales put the day first, as full dates do. 2001 has no 29 February, nor does a rule.
  const parts = format.formatToParts(new Date(`2001-${pad(rule.month)}-${pad(rule.day)}T00:00:00+07:00`));
  const part = (type: 'day' | 'month') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}`;
}

/** A year's figure is due on the rule's day of the following year. */
export function ruleDueDate(rule: DueRule, year: number): string {
  return `${year + 1}-${pad(rule.month)}-${pad(rule.day)}`;
}

/**
 * The due date of one figure: the override for its unit, else the override for the indicator's
 * year, else the indicator's rule, else the department's.
 */
export function dueDateOf(input: {
  year: number;
  unit: string;
  rule: DueRule | null;
  departmentRule: DueRule;
  overrides: readonly Pick<DueOverride, 'unit' | 'due'>[];
}): string {
  const own = input.overrides.find((o) => o.unit === input.unit) ?? input.overrides.find((o) => o.unit === null);
  return own?.due ?? ruleDueDate(input.rule ?? input.departmentRule, input.year);
}

/** The calendar date at `now` in Asia/Ho_Chi_Minh, whatever the server's zone: `2026-01-15`. */
export function todayIn(now: Date, timeZone = TIME_ZONE): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The hour (0–23) at `now` in Asia/Ho_Chi_Minh, whatever the server's zone. */
export function hourIn(now: Date, timeZone = TIME_ZONE): number {
  // h23: midnight is 0, never 24.
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));
}

/** `iso` moved by `days` (negative: back), as a calendar date. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How far from the target a judged status is: on track (or achieved) 0, at risk 1, off track 2; others are no judgement. */
function severity(status: Status): number | null {
  if (status === 'achieved' || status === 'on-track') return 0;
  if (status === 'at-risk') return 1;
  if (status === 'off-track') return 2;
  return null;
}

/**
 * Whether going from `from` to `to` is for the worse: a step down the scale on track → at risk →
 * off track, or off track from a status with no judgement (too few figures, no target…): a first
 * judgement of off track is news, a first one of at risk is not.
 */
export function isWorse(from: Status, to: Status): boolean {
  const before = severity(from);
  const after = severity(to);
  if (before === null) return after === severity('off-track');
  return after !== null && after > before;
}

/** The status of an indicator's latest figure, as the overview shows it for that year; null without figures. */
export function latestStatus(data: IndicatorData): { year: number; status: StatusResult } | null {
  const year = data.figures.reduce<number | null>((max, f) => (max === null || f.year > max ? f.year : max), null);
  return year === null ? null : { year, status: buildAsOf(data, year).status };
}

/**
 * The one rule for "the status worsened" that the inbox and the off-track mail share: the status
 * of the latest figure, after a publication, worse than the one before it (`isWorse`). Null when
 * it did not worsen, or either side has no figures to judge (a first figure worsens nothing).
 */
export function worsening(before: IndicatorData, after: IndicatorData): { year: number; from: StatusResult; to: StatusResult } | null {
  const then = latestStatus(before);
  const now = latestStatus(after);
  return then && now && isWorse(then.status.status, now.status.status) ? { year: now.year, from: then.status, to: now.status } : null;
}
