import { formatNumber, groupItems, type Indicator } from '@kpi/shared';
import { useIndicatorGroups } from '../../api/group-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';

interface IndicatorChooserProps {
  indicators: readonly Indicator[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
}

/** Indicators to export, by group, folded away: choosing none exports them all. */
export function IndicatorChooser({ indicators, chosen, onChange }: IndicatorChooserProps) {
  const { t, locale } = useStaffI18n();
  const groups = useIndicatorGroups();
  const toggle = (code: string, on: boolean) => onChange(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  return (
    <details className="indicator-chooser">
      <summary>{t.exportBox.indicators(formatNumber(chosen.length, locale))}</summary>
      <p className="muted">{t.exportBox.allIndicators}</p>
      {groupItems(groups, indicators, (indicator) => indicator.group).map(({ group, items: members }) => {
        return (
          <fieldset key={group.code} className="indicator-chooser__group">
            <legend>{group.name[locale]}</legend>
            {members.map((indicator) => (
              <label key={indicator.code} className="checkbox">
                <input type="checkbox" checked={chosen.includes(indicator.code)} onChange={(event) => toggle(indicator.code, event.target.checked)} />
                {indicator.name[locale]}
              </label>
            ))}
          </fieldset>
        );
      })}
      {chosen.length > 0 && (
        <button type="button" className="button button--quiet button--small" onClick={() => onChange([])}>
          {t.exportBox.clear}
        </button>
      )}
    </details>
  );
}
