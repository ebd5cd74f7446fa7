import { chartValue, type UnitRow } from '@kpi/shared';

/** How many of the furthest behind the page marks. */
export const MARKED_BEHIND = 5;

/** Behind its target: off track or at risk, or short of the target where no pace can be judged. */
export function isBehind(row: UnitRow): boolean {
  if (!row.figure) return false;
  return row.status.status === 'off-track' || row.status.status === 'at-risk' || (row.gap !== null && row.gap < 0);
}

/** The codes of the first rows (worst first) that are behind, at most `MARKED_BEHIND`. */
export function markedBehind(rows: readonly UnitRow[]): Set<string> {
  return new Set(
    rows
      .slice(0, MARKED_BEHIND)
      .filter(isBehind)
      .map((row) => row.unit.code),
  );
}

export interface UnitBar {
  name: string;
  value: number;
  status: UnitRow['status']['status'];
}

/** The reported units as the bar chart draws them, in the table's order. */
export function unitBars(rows: readonly UnitRow[]): UnitBar[] {
  return rows.flatMap((row) => {
    const value = row.figure ? chartValue({ ...row.figure, source: null }) : null;
    return value === null ? [] : [{ name: row.unit.name, value, status: row.status.status }];
  });
}
