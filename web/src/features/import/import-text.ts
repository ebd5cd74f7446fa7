import { formatNumber, type CellReading, type ImportRow, type ImportRowStatus, type Locale, type NumberReading } from '@kpi/shared';
import type { StaffDictionary } from '../../i18n/useStaffI18n';

/** Each row result has an icon and a word as well as a colour (never colour alone). */
export const IMPORT_STATUS_ICONS: Record<ImportRowStatus, string> = {
  new: '✚',
  changed: '✎',
  unchanged: '=',
  skipped: '–',
  rejected: '✖',
};

/**
 * A value as read from a cell, in the reader's decimal mark but without thousands groups: the
 * point is to show `154.231` became 154231, which `154.231` again (vi-VN grouping) would hide.
 */
export function ungrouped(value: number, locale: Locale): string {
  const group = locale === 'vi' ? '.' : ',';
  return formatNumber(value, locale, 6).split(group).join('');
}

/** Readings worth showing: a plain integer or a number cell was read as it looks. */
export function telling(readings: readonly CellReading[]): CellReading[] {
  const plain: readonly NumberReading[] = ['integer', 'numeric-cell'];
  return readings.filter((r) => !plain.includes(r.reading));
}

/** `154.231 → 154231 (dấu chấm phân cách hàng nghìn)`. */
export function readingText(reading: CellReading, t: StaffDictionary, locale: Locale): string {
  return t.importPage.reading(reading.text, ungrouped(reading.value, locale), t.readings[reading.reading]);
}

/** `“1.234” có thể là 1,234 (dấu chấm thập phân) hoặc 1234 (dấu chấm phân cách hàng nghìn)…`. */
export function ambiguousText(cell: ImportRow['ambiguous'][number], t: StaffDictionary, locale: Locale): string {
  const [a, b] = cell.readings.map((r) => t.importPage.readingAs(ungrouped(r.value, locale), t.readings[r.reading]));
  return t.importPage.ambiguous(cell.text, a ?? '', b ?? '');
}
