import { formatNumber, type EntryWarningCode, type ImportPlan } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';

interface WarningAcksProps {
  plan: ImportPlan;
  acknowledged: readonly EntryWarningCode[];
  onChange: (code: EntryWarningCode, on: boolean) => void;
}

/** One box per kind of warning in the file: ticking it accepts that warning on every row that has it. */
export function WarningAcks({ plan, acknowledged, onChange }: WarningAcksProps) {
  const { t, locale } = useStaffI18n();
  if (plan.warningCodes.length === 0) return null;
  const rowsWith = (code: EntryWarningCode) => plan.rows.filter((row) => row.warnings.some((w) => w.code === code)).length;
  return (
    <fieldset className="form-section import-acks">
      <legend>
        <span aria-hidden="true">⚠ </span>
        {t.importPage.warningsTitle}
      </legend>
      <p>{t.importPage.warningsHint}</p>
      {plan.warningCodes.map((code) => (
        <label key={code} className="checkbox">
          <input type="checkbox" checked={acknowledged.includes(code)} onChange={(event) => onChange(code, event.target.checked)} />
          {t.importPage.acknowledge(t.warnings.names[code], formatNumber(rowsWith(code), locale))}
        </label>
      ))}
    </fieldset>
  );
}
