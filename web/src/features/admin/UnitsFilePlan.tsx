import { formatNumber, orgUnitColumnLabels, orgUnitImportRowStatusSchema, type OrgUnitImportPlan, type OrgUnitImportRow } from '@kpi/shared';
import { useState } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';

/** Each result has an icon and a word as well as a colour (never colour alone). */
const ICONS: Record<OrgUnitImportRow['status'], string> = { new: '✚', changed: '✎', unchanged: '=', refused: '✖' };

/** The units file's dry run: how many rows of each result, and every row that does something or is refused. */
export function UnitsFilePlan({ plan }: { plan: OrgUnitImportPlan }) {
  const { t, locale } = useStaffI18n();
  const words = t.unitsAdmin.file;
  const [showUnchanged, setShowUnchanged] = useState(false);
  const column = (name: string) => (orgUnitColumnLabels[locale] as Record<string, string>)[name] ?? name;
  const rows = showUnchanged ? plan.rows : plan.rows.filter((row) => row.status !== 'unchanged');
  return (
    <>
      <ul className="unit-plan-counts" aria-label={words.counts}>
        {orgUnitImportRowStatusSchema.options.map((status) => (
          <li key={status} className={`unit-plan-status unit-plan-status--${status}`}>
            <span aria-hidden="true">{ICONS[status]} </span>
            {words.count[status](formatNumber(plan.counts[status], locale))}
          </li>
        ))}
      </ul>
      {plan.counts.unchanged > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={showUnchanged} onChange={(event) => setShowUnchanged(event.target.checked)} />
          {words.showUnchanged(formatNumber(plan.counts.unchanged, locale))}
        </label>
      )}
      {rows.length === 0 ? (
        <p className="muted">{words.noneToShow}</p>
      ) : (
        <table className="data-table">
          <caption className="data-table__caption">{words.caption(formatNumber(plan.rows.length, locale))}</caption>
          <thead>
            <tr>
              <th scope="col">{words.row}</th>
              <th scope="col">{words.unit}</th>
              <th scope="col">{words.result}</th>
              <th scope="col">{words.details}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{formatNumber(row.row, locale)}</th>
                <td>
                  {row.label}
                  {row.code && <code className="unit-plan-code">{row.code}</code>}
                </td>
                <td>
                  <span className={`unit-plan-status unit-plan-status--${row.status}`}>
                    <span aria-hidden="true">{ICONS[row.status]} </span>
                    {words.status[row.status]}
                  </span>
                </td>
                <td>
                  <ul className="unit-plan-details">
                    {row.problems.map((problem) => (
                      <li key={problem.column}>
                        <strong>{column(problem.column)}:</strong> {problem.message}
                      </li>
                    ))}
                    {row.changes.map((change) => (
                      <li key={change.column}>
                        <strong>{column(change.column)}:</strong> {change.before ?? words.empty} → {change.after ?? words.empty}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
