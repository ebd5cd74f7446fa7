import { lastOf } from './arrays.js';
import type { Unit } from './schemas/indicator.js';
/**
 * Numbers typed into spreadsheets, read by what the column means. Vietnamese writes `154.231` and
 * `29,71`, English `154,231` and `29.71`, and a file can mix both. A count is an integer, so any
 * separator in it groups thousands; a decimal column takes either separator as the decimal point,
 * and where a single separator before exactly three digits could be either (`1.234`), the reading
 * is ambiguous: it is rejected showing both, unless the column's range rules one out
 * (a published rate is 0–100, so `1.234` cannot be 1234).
 */

export const numberReadings = [
  'integer',
  'dot-decimal',
  'vi-decimal-comma',
  'thousands-dot',
  'thousands-comma',
  'thousands-space',
  'vi-thousands-dot-decimal-comma',
  'en-thousands-comma-decimal-dot',
  'thousands-space-decimal-comma',
  'thousands-space-decimal-dot',
  'numeric-cell',
  'percent-cell',
] as const;
export type NumberReading = (typeof numberReadings)[number];

/** `count`: an integer (counts, positions); `decimal`: any number, `percent` also takes a `%` sign. */
export type NumberMeaning = 'count' | 'decimal' | 'percent';

export interface NumberColumn {
  meaning: NumberMeaning;
  /** The largest value the column accepts, when the schema bounds it: it may settle an ambiguity. */
  max?: number;
}

/**
 * How a `value` figure reads, by its indicator's unit: a count is an integer, so `12.500` is 12500
 * in Vietnamese; a percent takes a `%`; anything else is a decimal. The import's `value` column and
 * the entry form's field read alike.
 */
export function valueColumn(unit: Unit): NumberColumn {
  if (unit === 'count' || unit === 'position') return { meaning: 'count' };
  return { meaning: unit === 'percent' ? 'percent' : 'decimal' };
}

export type ParsedNumber =
  | { ok: true; value: number; reading: NumberReading; note?: string }
  | { ok: false; reason: 'not-a-number' | 'integer-required'; message: string }
  | { ok: false; reason: 'ambiguous'; message: string; readings: { value: number; reading: NumberReading }[] };

type Sep = '.' | ',' | ' ';
const DECIMAL_READING: Record<'.' | ',', NumberReading> = { '.': 'dot-decimal', ',': 'vi-decimal-comma' };
const GROUPED_READING: Record<Sep, NumberReading> = { '.': 'thousands-dot', ',': 'thousands-comma', ' ': 'thousands-space' };
const MIXED_READING: Record<string, NumberReading> = {
  '.,': 'vi-thousands-dot-decimal-comma',
  ',.': 'en-thousands-comma-decimal-dot',
  ' ,': 'thousands-space-decimal-comma',
  ' .': 'thousands-space-decimal-dot',
};

const grouped = (int: string, sep: Sep) => new RegExp(`^[1-9]\\d{0,2}(?:\\${sep}\\d{3})+$`).test(int);
const digits = (s: string) => /^\d+$/.test(s);

/** The candidate readings of an unsigned number, before its column's meaning is applied. */
function candidates(s: string): { value: number; reading: NumberReading }[] | null {
  if (digits(s)) return [{ value: Number(s), reading: 'integer' }];
  const seps = [...s.matchAll(/[., ]/g)].map((m) => m[0] as Sep);
  const kinds = [...new Set(seps)];
  if (kinds.length === 0 || kinds.length > 2) return null;
  if (kinds.length === 2) {
    // The last separator is the decimal point; the other groups thousands (`1.234,5`, `1,234.5`, `1 234,5`).
    const decimal = lastOf(seps)!;
    const group = kinds.find((k) => k !== decimal)!;
    const at = s.lastIndexOf(decimal);
    const int = s.slice(0, at);
    const frac = s.slice(at + 1);
    const reading = MIXED_READING[`${group}${decimal}`];
    if (!reading || decimal === ' ' || !grouped(int, group) || !digits(frac)) return null;
    return [{ value: Number(`${int.split(group).join('')}.${frac}`), reading }];
  }
  const sep = kinds[0]!;
  if (seps.length > 1 || sep === ' ') return grouped(s, sep) ? [{ value: Number(s.split(sep).join('')), reading: GROUPED_READING[sep] }] : null;
  const [int = '', frac = ''] = s.split(sep);
  if (!digits(int) || !digits(frac)) return null;
  const asDecimal = { value: Number(`${int}.${frac}`), reading: DECIMAL_READING[sep as '.' | ','] };
  // `1.234` could group thousands as well as be a decimal; `29,71` and `0.123` cannot.
  return grouped(s, sep) ? [asDecimal, { value: Number(int + frac), reading: GROUPED_READING[sep] }] : [asDecimal];
}

const show = (n: number) => String(n);

/**
 * Reads one cell's text as a number of the column's meaning, and says which reading it applied.
 * Accepts a leading sign (the schema decides whether negatives are allowed), spaces and no-break
 * spaces as thousands groups, and a trailing `%` in percent columns.
 */
export function parseNumberText(text: string, column: NumberColumn): ParsedNumber {
  let s = text
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  if (column.meaning === 'percent') s = s.replace(/\s*%$/, '');
  let sign = 1;
  const signed = /^([-+\u2212])\s*/.exec(s);
  if (signed) {
    sign = signed[1] === '+' ? 1 : -1;
    s = s.slice(signed[0].length);
  }
  const found = candidates(s);
  if (!found) return { ok: false, reason: 'not-a-number', message: `"${text}" is not a number` };
  let options = found.map((c) => ({ ...c, value: sign * c.value }));
  let note: string | undefined;

  if (column.meaning === 'count') {
    // Counts are integers: a separator before three digits groups thousands (154.231 → 154231).
    const whole = options.filter((o) => Number.isInteger(o.value));
    const pick = lastOf(whole);
    if (!pick) return { ok: false, reason: 'integer-required', message: `"${text}" is not a whole number` };
    return { ok: true, ...pick };
  }
  if (options.length > 1 && column.max !== undefined) {
    const within = options.filter((o) => Math.abs(o.value) <= column.max!);
    if (within.length === 1) {
      const other = options.find((o) => o !== within[0])!;
      note = `${show(other.value)} is above ${show(column.max)}, so "${text}" reads as ${show(within[0]!.value)}`;
      options = within;
    }
  }
  if (options.length > 1) {
    const [a, b] = options as [(typeof options)[0], (typeof options)[0]];
    return {
      ok: false,
      reason: 'ambiguous',
      message: `"${text}" could be ${show(a.value)} or ${show(b.value)}: write ${show(b.value)} without a separator, or give the decimal with more or fewer than three digits`,
      readings: options,
    };
  }
  const only = options[0]!;
  return note ? { ok: true, ...only, note } : { ok: true, ...only };
}

/**
 * A spreadsheet cell that is already a number. A cell formatted as a percentage holds a fraction
 * (0.2971 shown as 29.71 %), which percent columns read as 29.71.
 */
export function parseNumberCell(value: number, percentFormat: boolean, column: NumberColumn): ParsedNumber {
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number', message: 'The cell is not a finite number' };
  if (percentFormat && column.meaning === 'percent') {
    return {
      ok: true,
      value: Math.round(value * 100 * 1e9) / 1e9,
      reading: 'percent-cell',
      note: `${show(value)} formatted as a percentage reads as ${show(value * 100)}`,
    };
  }
  if (column.meaning === 'count' && !Number.isInteger(value)) {
    return { ok: false, reason: 'integer-required', message: `${show(value)} is not a whole number` };
  }
  return { ok: true, value, reading: 'numeric-cell' };
}
