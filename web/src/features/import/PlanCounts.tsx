import { formatNumber, importRowStatusSchema, type ImportCounts } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { IMPORT_STATUS_ICONS } from './import-text';

/** The dry run in five numbers: new, changed, unchanged, skipped, rejected. */
export function PlanCounts({ counts }: { counts: ImportCounts }) {
  const { t, locale } = useStaffI18n();
  return (
    <ul className="plan-counts" aria-label={t.importPage.counts}>
      {importRowStatusSchema.options.map((status) => (
        <li key={status} className={`import-status import-status--${status}`}>
          <span aria-hidden="true">{IMPORT_STATUS_ICONS[status]} </span>
          {t.importCounts[status](formatNumber(counts[status], locale))}
        </li>
      ))}
    </ul>
  );
}
