import {
  formatNumber,
  rankingColumnLabels,
  type Locale,
  type Province,
  type RankingColumn,
  type RankingImportPlan as Plan,
  type RankingImportRow,
} from '@kpi/shared';
import { useStaffI18n } from '../../../i18n/useStaffI18n';
import { FilePlanTable } from '../FilePlanParts';

/** A row's value in a column, as it will be held once imported. */
function valueAfter(row: RankingImportRow, column: string): number | string | null {
  const v = row.values;
  if (!v) return null;
  const byColumn: Partial<Record<RankingColumn, number | string | null>> = {
    rank: v.rank,
    out_of: v.outOf,
    score: v.score,
    government_rank: v.pillars.government,
    economy_rank: v.pillars.economy,
    society_rank: v.pillars.society,
    source_id: v.sourceId,
    note: v.note,
  };
  return byColumn[column as RankingColumn] ?? null;
}

/** Scores are four-decimal shares (0,6077); ranks and ids whole numbers. */
const shown = (value: number | string | null, column: string, locale: Locale, empty: string) =>
  value === null ? empty : typeof value === 'string' ? value : column === 'score' ? formatNumber(value, locale, 4) : formatNumber(value, locale);

/** A ranking table's dry run: how many rows of each result, and every row that writes something or is refused, with why. */
export function RankingImportPlan({ plan, provinces }: { plan: Plan; provinces: readonly Province[] }) {
  const { t, locale } = useStaffI18n();
  const words = t.rankingImport;
  const empty = t.filePlan.empty;
  const column = (name: string) => (rankingColumnLabels[locale] as Record<string, string>)[name] ?? name;
  // A refused row may match no province and has no values read: a dash, not "(empty)", as its cells were filled.
  const province = (code: string | null) => (code ? (provinces.find((p) => p.code === code)?.name ?? code) : '—');
  return (
    <FilePlanTable
      counts={plan.counts}
      rows={plan.rows}
      noneToShow={words.noneToShow}
      headers={
        <>
          <th scope="col">{words.province}</th>
          <th scope="col">{words.year}</th>
          <th scope="col">{words.rank}</th>
        </>
      }
      cells={(row) => (
        <>
          <td>{province(row.province)}</td>
          {/* A year is a label, never grouped ("2024", not "2.024"). */}
          <td>{row.year ?? '—'}</td>
          <td>{row.values ? `${formatNumber(row.values.rank, locale)}/${formatNumber(row.values.outOf, locale)}` : '—'}</td>
        </>
      )}
      details={(row) => (
        <>
          {row.problems.map((problem) => (
            <li key={problem.field} className="plan-detail plan-detail--error">
              <span aria-hidden="true">✖ </span>
              <strong>{column(problem.field)}:</strong> {problem.message}
            </li>
          ))}
          {row.changes.map((change) => (
            <li key={change.field} className="plan-detail">
              <strong>{column(change.field)}:</strong> {shown(change.before, change.field, locale, empty)} →{' '}
              {shown(valueAfter(row, change.field), change.field, locale, empty)}
            </li>
          ))}
        </>
      )}
    />
  );
}
