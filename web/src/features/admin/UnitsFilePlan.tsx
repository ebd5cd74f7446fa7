import { orgUnitColumnLabels, type OrgUnitImportPlan } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { FilePlanTable } from '../import/FilePlanParts';

/** The units file's dry run: how many rows of each result, and every row that does something or is refused. */
export function UnitsFilePlan({ plan }: { plan: OrgUnitImportPlan }) {
  const { t, locale } = useStaffI18n();
  const words = t.unitsAdmin.file;
  const column = (name: string) => (orgUnitColumnLabels[locale] as Record<string, string>)[name] ?? name;
  return (
    <FilePlanTable
      counts={plan.counts}
      rows={plan.rows}
      noneToShow={words.noneToShow}
      headers={<th scope="col">{words.unit}</th>}
      cells={(row) => (
        <td>
          {row.label}
          {row.code && <code className="unit-plan-code">{row.code}</code>}
        </td>
      )}
      details={(row) => (
        <>
          {row.problems.map((problem) => (
            <li key={problem.column} className="plan-detail plan-detail--error">
              <strong>{column(problem.column)}:</strong> {problem.message}
            </li>
          ))}
          {row.changes.map((change) => (
            <li key={change.column} className="plan-detail">
              <strong>{column(change.column)}:</strong> {change.before ?? t.filePlan.empty} → {change.after ?? t.filePlan.empty}
            </li>
          ))}
        </>
      )}
    />
  );
}
