import { formatNumber, fileRowStatusSchema, type FileRowStatus } from '@kpi/shared';
import { useState, type ReactNode } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import './import.css';

// The pieces of a file's dry run where each row is new, changed, unchanged or refused (the
// organisation units, the ranking tables), so both say and show a result the same way.

/** Each result has an icon and a word as well as a colour (never colour alone). */
const ICONS: Record<FileRowStatus, string> = { new: '✚', changed: '✎', unchanged: '=', refused: '✖' };
/** The figures import's badge colours, whose refusal is called "rejected". */
const badge = (status: FileRowStatus) => `import-status import-status--${status === 'refused' ? 'rejected' : status}`;

/** One row's result: icon, word and colour. */
function RowStatusBadge({ status }: { status: FileRowStatus }) {
  const { t } = useStaffI18n();
  return (
    <span className={badge(status)}>
      <span aria-hidden="true">{ICONS[status]} </span>
      {t.filePlan.status[status]}
    </span>
  );
}

/** How many rows of each result, and a switch to list the unchanged ones too (hidden at first: they do nothing). */
function FilePlanCounts({
  counts,
  showUnchanged,
  onShowUnchanged,
}: {
  counts: Partial<Record<FileRowStatus, number>>;
  showUnchanged: boolean;
  onShowUnchanged: (show: boolean) => void;
}) {
  const { t, locale } = useStaffI18n();
  const unchanged = counts.unchanged ?? 0;
  return (
    <>
      <ul className="plan-counts" aria-label={t.filePlan.counts}>
        {fileRowStatusSchema.options.map((status) => (
          <li key={status} className={badge(status)}>
            <span aria-hidden="true">{ICONS[status]} </span>
            {t.filePlan.count[status](formatNumber(counts[status] ?? 0, locale))}
          </li>
        ))}
      </ul>
      {unchanged > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={showUnchanged} onChange={(event) => onShowUnchanged(event.target.checked)} />
          {t.filePlan.showUnchanged(formatNumber(unchanged, locale))}
        </label>
      )}
    </>
  );
}

interface FilePlanTableProps<R> {
  counts: Partial<Record<FileRowStatus, number>>;
  rows: readonly R[];
  /** Said when no row does anything (and the unchanged ones are hidden). */
  noneToShow: string;
  /** The headers of the columns between the row number and the result. */
  headers: ReactNode;
  /** A row's cells under those headers. */
  cells: (row: R) => ReactNode;
  /** A row's problems and changes, as list items. */
  details: (row: R) => ReactNode;
}

/** A file's dry run: the counts, then every row that does something or is refused, with its result and why. */
export function FilePlanTable<R extends { row: number; status: FileRowStatus }>({ counts, rows, noneToShow, headers, cells, details }: FilePlanTableProps<R>) {
  const { t, locale } = useStaffI18n();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const shown = showUnchanged ? rows : rows.filter((row) => row.status !== 'unchanged');
  return (
    <>
      <FilePlanCounts counts={counts} showUnchanged={showUnchanged} onShowUnchanged={setShowUnchanged} />
      {shown.length === 0 ? (
        <p className="muted">{noneToShow}</p>
      ) : (
        <table className="data-table plan-table">
          <caption className="data-table__caption">{t.filePlan.caption(formatNumber(rows.length, locale))}</caption>
          <thead>
            <tr>
              <th scope="col">{t.filePlan.row}</th>
              {headers}
              <th scope="col">{t.filePlan.result}</th>
              <th scope="col">{t.filePlan.details}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.row} className={`plan-row ${row.status === 'refused' ? 'plan-row--rejected' : ''}`}>
                <th scope="row">{formatNumber(row.row, locale)}</th>
                {cells(row)}
                <td>
                  <RowStatusBadge status={row.status} />
                </td>
                <td>
                  <ul className="plan-details">{details(row)}</ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
