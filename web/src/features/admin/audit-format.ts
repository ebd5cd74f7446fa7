import { formatNumber, type Locale } from '@kpi/shared';

export interface AuditChange {
  key: string;
  before: string | null;
  after: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Numbers that are names, not quantities: a year is "2021", never "2.021". */
const PLAIN_NUMBER = /year|version|revision|^id$/i;
/** Computed from the stored numbers (rate, percentile): repeating them only adds noise. */
const DERIVED = new Set(['rate', 'percentile']);
const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** One value, short: numbers in the reader's format, a source by its number or title, lists joined. */
export function auditValue(value: unknown, locale: Locale, key = ''): string {
  if (isEmpty(value)) return '—';
  if (typeof value === 'number') return PLAIN_NUMBER.test(key) ? String(value) : formatNumber(value, locale, 6);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => auditValue(item, locale)).join(', ') || '—';
  if (isRecord(value) && typeof value.title === 'string') return typeof value.number === 'string' ? value.number : value.title;
  return JSON.stringify(value);
}

/**
 * What an audit entry changed, as `key: before → after` pairs: only the keys that differ, so a
 * figure's save reads `numerator: 154.231 → 160.002` rather than two objects to compare by eye.
 */
export function auditChanges(before: unknown, after: unknown, locale: Locale): AuditChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before == null && after == null) return [];
    return [{ key: '', before: before == null ? null : auditValue(before, locale), after: after == null ? null : auditValue(after, locale) }];
  }
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((key) => !DERIVED.has(key));
  return (
    keys
      .filter((key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]))
      // A record created or deleted shows the values it had, not a list of empty fields.
      .filter((key) => (isRecord(before) && isRecord(after)) || !isEmpty(from[key] ?? to[key]))
      .map((key) => ({
        key,
        before: isRecord(before) ? auditValue(from[key], locale, key) : null,
        after: isRecord(after) ? auditValue(to[key], locale, key) : null,
      }))
  );
}
