import { orgUnitKindNames, formatNumber, type ImportPlan, type ImportRow, type Indicator } from '@kpi/shared';
import { useState } from 'react';
import { useIndicatorsQuery } from '../../api/indicator-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { IMPORT_STATUS_ICONS } from './import-text';
import { PlanRowDetails } from './PlanRowDetails';

/** Rows that say nothing to act on: hidden until asked for, so the filled-in rows stand out. */
const quiet = (row: ImportRow) => row.status === 'skipped' || row.status === 'unchanged';

/** Every row of the dry run: where it is in the file, what it is, what the import would do. */
export function PlanTable({ plan }: { plan: ImportPlan }) {
  const { t, locale } = useStaffI18n();
  const indicators = useIndicatorsQuery();
  const [showQuiet, setShowQuiet] = useState(false);
  const byCode = new Map<string, Indicator>((indicators.data?.indicators ?? []).map((i) => [i.code, i]));
  const quietCount = plan.rows.filter(quiet).length;
  const rows = showQuiet ? plan.rows : plan.rows.filter((row) => !quiet(row));
  return (
    <>
      {quietCount > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={showQuiet} onChange={(event) => setShowQuiet(event.target.checked)} />
          {t.importPage.showQuiet(formatNumber(quietCount, locale))}
        </label>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t.importPage.noneToShow}</p>
      ) : (
        <table className="data-table plan-table">
          <caption className="data-table__caption">{t.importPage.caption(formatNumber(plan.rows.length, locale))}</caption>
          <thead>
            <tr>
              <th scope="col">{t.importPage.row}</th>
              <th scope="col">{t.importPage.indicator}</th>
              <th scope="col">{t.importPage.unit}</th>
              <th scope="col">{t.importPage.year}</th>
              <th scope="col">{t.importPage.status}</th>
              <th scope="col">{t.importPage.details}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const indicator = row.indicatorCode ? byCode.get(row.indicatorCode) : undefined;
              return (
                <tr key={row.row} className={`plan-row plan-row--${row.status}`}>
                  <th scope="row" data-label={t.importPage.row}>
                    {formatNumber(row.row, locale)}
                  </th>
                  <td data-label={t.importPage.indicator}>
                    {indicator ? indicator.name[locale] : null}
                    {row.indicatorCode ? <code className="plan-row__code">{row.indicatorCode}</code> : t.importPage.noDetails}
                  </td>
                  <td data-label={t.importPage.unit}>
                    {row.orgUnit ? (
                      <>
                        {row.orgUnit.name}
                        <span className="plan-row__code">
                          {orgUnitKindNames[locale][row.orgUnit.kind]} · <code>{row.orgUnit.code}</code>
                        </span>
                      </>
                    ) : (
                      t.importPage.noDetails
                    )}
                  </td>
                  <td data-label={t.importPage.year}>{row.year ?? t.importPage.noDetails}</td>
                  <td data-label={t.importPage.status}>
                    <span className={`import-status import-status--${row.status}`}>
                      <span aria-hidden="true">{IMPORT_STATUS_ICONS[row.status]} </span>
                      {t.importStatus[row.status]}
                    </span>
                  </td>
                  <td data-label={t.importPage.details}>
                    <PlanRowDetails row={row} indicator={indicator} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
