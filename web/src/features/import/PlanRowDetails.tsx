import { spreadsheetColumnLabel, type ImportRow, type Indicator } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { warningText } from '../entry/warning-text';
import { ambiguousText, readingText, telling } from './import-text';

/**
 * What the check found in one row: why it is rejected (by column), cells that read two ways,
 * warnings to acknowledge, and how each number was read.
 */
export function PlanRowDetails({ row, indicator }: { row: ImportRow; indicator: Indicator | undefined }) {
  const { t, locale } = useStaffI18n();
  const ambiguousColumns = new Set(row.ambiguous.map((cell) => cell.column));
  // An ambiguous cell's own message is shown with both readings, in the reader's language.
  const fields = Object.entries(row.fields).filter(([column]) => !ambiguousColumns.has(column));
  const readings = telling(row.readings);
  const items: { key: string; icon: string; className: string; column?: string; text: string }[] = [];
  for (const [column, message] of fields) items.push({ key: `f-${column}`, icon: '✖', className: 'plan-detail--error', column, text: message });
  for (const cell of row.ambiguous) {
    items.push({ key: `a-${cell.column}`, icon: '✖', className: 'plan-detail--error', column: cell.column, text: ambiguousText(cell, t, locale) });
  }
  if (row.status === 'rejected' && items.length === 0 && row.reason)
    items.push({ key: 'reason', icon: '✖', className: 'plan-detail--error', text: row.reason });
  if (row.status === 'skipped') items.push({ key: 'skipped', icon: '–', className: '', text: t.importPage.skippedReason });
  if (row.status === 'unchanged') items.push({ key: 'unchanged', icon: '=', className: '', text: t.importPage.unchangedReason });
  for (const warning of row.warnings) {
    const text = indicator ? warningText(warning, indicator, t, locale) : '';
    items.push({ key: `w-${warning.code}`, icon: '⚠', className: 'plan-detail--warning', text: `${t.warnings.names[warning.code]}${text ? `: ${text}` : ''}` });
  }
  for (const reading of readings) {
    items.push({ key: `r-${reading.column}`, icon: 'ℹ', className: 'plan-detail--reading', column: reading.column, text: readingText(reading, t, locale) });
  }
  if (items.length === 0) return <span className="muted">{t.importPage.noDetails}</span>;
  return (
    <ul className="plan-details">
      {items.map((item) => (
        <li key={item.key} className={`plan-detail ${item.className}`}>
          <span aria-hidden="true">{item.icon} </span>
          {/* The column as the file's first header row names it; its machine name on hover. */}
          {item.column && (
            <span className="plan-detail__column" title={item.column}>
              {spreadsheetColumnLabel(item.column, locale)}
            </span>
          )}
          {item.column && ': '}
          {item.text}
        </li>
      ))}
    </ul>
  );
}
