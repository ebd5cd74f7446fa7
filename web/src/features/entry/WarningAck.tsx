import type { EntryWarning, EntryWarningCode, Indicator } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { warningText } from './warning-text';

interface WarningAckProps {
  warnings: EntryWarning[];
  indicator: Indicator;
  acknowledged: readonly EntryWarningCode[];
  onAcknowledge: (code: EntryWarningCode, on: boolean) => void;
  /** After a save was tried: an unticked warning says that it blocks the save. */
  submitted: boolean;
}

/** Warnings beside their field, each with the box that acknowledges it; the save waits for the ticks. */
export function WarningAck({ warnings, indicator, acknowledged, onAcknowledge, submitted }: WarningAckProps) {
  const { t, locale } = useStaffI18n();
  if (warnings.length === 0) return null;
  return (
    <ul className="warning-list">
      {warnings.map((warning) => {
        const ticked = acknowledged.includes(warning.code);
        return (
          <li key={warning.code} className="quality-warning warning-ack">
            <span aria-hidden="true">⚠</span>
            {/* The status role sits inside the item: on the <li> it would hide the list item from assistive tech. */}
            <div role="status">
              <p>
                <strong>{t.warnings.names[warning.code]}: </strong>
                {warningText(warning, indicator, t, locale)}
              </p>
              <label className="checkbox">
                <input type="checkbox" checked={ticked} onChange={(event) => onAcknowledge(warning.code, event.target.checked)} />
                {t.warnings.acknowledge}
              </label>
              {submitted && !ticked && (
                <p className="field__error">
                  <span aria-hidden="true">✖ </span>
                  {t.warnings.mustAcknowledge}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
