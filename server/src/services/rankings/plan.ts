import {
  FIRST_RANKING_YEAR,
  HOME_PROVINCE,
  provinceMatcher,
  provincesRankedIn,
  rankingImportMessages,
  successorOf,
  type Locale,
  type Province,
  type ProvinceRank,
  type RankingColumn,
  type RankingImportRow,
  type FileRowStatus,
} from '@kpi/shared';
import type { RankWrite } from '@kpi/db';
import type { TableCell, TableRow } from './read-table.js';

export interface RankPlanContext {
  provinces: readonly Province[];
  /** The rows held for the index. */
  held: readonly ProvinceRank[];
  sourceIds: ReadonlySet<number>;
  /** The source of rows that name none (`?sourceId=`). */
  defaultSourceId: number | undefined;
  /** Lạng Sơn's published figures of the index's indicator, by year: a row for it must agree. */
  home: ReadonlyMap<number, { position: number; outOf: number }>;
  thisYear: number;
  locale: Locale;
}

export interface RankPlan {
  rows: RankingImportRow[];
  counts: Record<FileRowStatus, number>;
  writes: RankWrite[];
}

const positiveInt = (cell: TableCell | undefined): number | undefined => {
  const text = typeof cell === 'number' ? String(cell) : cell?.trim();
  return text !== undefined && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
};

/** A score as the Ministry prints it, `0,6077` or `0.6077`: no thousands separator can occur below 1. */
const score = (cell: TableCell): number | undefined => {
  const value = typeof cell === 'number' ? cell : /^\d+([.,]\d+)?$/.test(cell.trim()) ? Number(cell.trim().replace(',', '.')) : NaN;
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : undefined;
};

const FIELDS: [keyof ProvinceRank | 'government' | 'economy' | 'society', RankingColumn][] = [
  ['rank', 'rank'],
  ['outOf', 'out_of'],
  ['score', 'score'],
  ['government', 'government_rank'],
  ['economy', 'economy_rank'],
  ['society', 'society_rank'],
  ['sourceId', 'source_id'],
  ['note', 'note'],
];
const flat = ({ pillars, ...r }: ProvinceRank): Record<string, number | string | null> => ({ ...r, ...pillars });

/**
 * Every row of a ranking table classified against what is held: new, changed (naming each
 * column that changes and its value before), unchanged, or refused with each problem by column,
 * worded in `locale`. Two rows for one province and year are both refused. Pure: the route
 * plans again inside the transaction that writes, so what it writes is what it checked.
 */
export function planRankImport(rows: readonly TableRow[], ctx: RankPlanContext): RankPlan {
  const m = rankingImportMessages[ctx.locale];
  const match = provinceMatcher(ctx.provinces);
  const held = new Map(ctx.held.map((r) => [`${r.year}/${r.province}`, r]));
  const firstRowOf = new Map<string, number>();
  const planned = rows.map((raw): { row: RankingImportRow; rank?: ProvinceRank; key?: string } => {
    const problems: RankingImportRow['problems'] = [];
    const refuse = (field: RankingColumn, message: string) => problems.push({ field, message });
    const { cells } = raw;

    const yearCell = cells.year;
    const year = positiveInt(yearCell);
    if (yearCell === undefined) refuse('year', m.required);
    else if (year === undefined || year < FIRST_RANKING_YEAR || year > ctx.thisYear) refuse('year', m.yearRange(FIRST_RANKING_YEAR, ctx.thisYear));
    const inRange = year !== undefined && problems.length === 0 ? year : undefined;

    let province: Province | undefined;
    if (cells.province === undefined) refuse('province', m.required);
    else if (inRange !== undefined) {
      const text = String(cells.province);
      const found = match(text, inRange);
      if (found.ok) province = found.province;
      else if (found.reason === 'ambiguous')
        refuse(
          'province',
          m.provinceAmbiguous(
            text,
            found.candidates.map((p) => `${p.name} (${p.code})`),
          ),
        );
      else if (found.reason === 'not-in-year') {
        const p = found.candidates[0]!;
        refuse('province', m.provinceNotInYear(p.name, inRange, successorOf(ctx.provinces, p.code)?.name ?? null));
      } else
        refuse(
          'province',
          m.provinceUnknown(
            text,
            found.candidates.map((p) => p.name),
          ),
        );
    }

    const expectedOutOf = inRange === undefined ? undefined : provincesRankedIn(inRange);
    const outOf = cells.out_of === undefined ? expectedOutOf : positiveInt(cells.out_of);
    if (cells.out_of !== undefined && outOf === undefined) refuse('out_of', m.wholeNumber);
    else if (outOf !== undefined && expectedOutOf !== undefined && outOf !== expectedOutOf) refuse('out_of', m.outOfForYear(inRange!, expectedOutOf));

    const rank = positiveInt(cells.rank);
    if (cells.rank === undefined) refuse('rank', m.required);
    else if (rank === undefined) refuse('rank', m.wholeNumber);
    // Held to the year's table, not to a wrong `out_of` (refused above on its own).
    const limit = expectedOutOf ?? outOf;
    if (rank !== undefined && limit !== undefined && rank > limit) refuse('rank', m.rankAboveOutOf(rank, limit));

    const pillar = (column: RankingColumn): number | null => {
      if (cells[column] === undefined) return null;
      const value = positiveInt(cells[column]);
      if (value === undefined) refuse(column, m.wholeNumber);
      else if (limit !== undefined && value > limit) refuse(column, m.rankAboveOutOf(value, limit));
      return value ?? null;
    };
    const pillars = { government: pillar('government_rank'), economy: pillar('economy_rank'), society: pillar('society_rank') };

    const scoreValue = cells.score === undefined ? null : (score(cells.score) ?? null);
    if (cells.score !== undefined && scoreValue === null) refuse('score', m.scoreRange);

    const sourceId = cells.source_id === undefined ? ctx.defaultSourceId : positiveInt(cells.source_id);
    if (sourceId === undefined || !ctx.sourceIds.has(sourceId)) refuse('source_id', m.unknownSource);

    const home = province?.code === HOME_PROVINCE && inRange !== undefined ? ctx.home.get(inRange) : undefined;
    if (home && rank !== undefined && (home.position !== rank || home.outOf !== outOf)) refuse('rank', m.homeMismatch(inRange!, home.position, home.outOf));

    const key = province && inRange !== undefined ? `${inRange}/${province.code}` : undefined;
    if (key !== undefined) {
      const first = firstRowOf.get(key);
      if (first !== undefined) refuse('province', m.duplicate(first));
      else firstRowOf.set(key, raw.row);
    }

    const base = { row: raw.row, province: province?.code ?? null, year: inRange ?? year ?? null };
    if (problems.length || !province || inRange === undefined || rank === undefined || outOf === undefined || sourceId === undefined) {
      return { row: { ...base, status: 'refused', values: null, changes: [], problems }, key };
    }
    const value: ProvinceRank = {
      province: province.code,
      year: inRange,
      rank,
      outOf,
      score: scoreValue,
      pillars,
      sourceId,
      note: cells.note === undefined ? null : String(cells.note),
    };
    const before = held.get(key!);
    const changes = before
      ? FIELDS.filter(([f]) => flat(before)[f] !== flat(value)[f]).map(([f, column]) => ({ field: column, before: flat(before)[f] ?? null }))
      : [];
    const status: FileRowStatus = !before ? 'new' : changes.length ? 'changed' : 'unchanged';
    const { province: _p, year: _y, ...values } = value;
    return { row: { ...base, status, values, changes, problems }, rank: value, key };
  });

  // The first of two rows for one province and year is refused too: which one is right is the importer's call.
  for (const p of planned) {
    const first = p.key === undefined ? undefined : firstRowOf.get(p.key);
    const later = planned.find((q) => q !== p && q.key === p.key && q.row.row > p.row.row);
    if (first === p.row.row && later) {
      p.row = {
        ...p.row,
        status: 'refused',
        values: null,
        changes: [],
        problems: [...p.row.problems, { field: 'province', message: m.duplicate(later.row.row) }],
      };
      p.rank = undefined;
    }
  }
  const counts: Record<FileRowStatus, number> = { new: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const p of planned) counts[p.row.status] += 1;
  const writes = planned.flatMap((p) =>
    p.rank && (p.row.status === 'new' || p.row.status === 'changed') ? [{ rank: p.rank, before: held.get(p.key!) ?? null }] : [],
  );
  return { rows: planned.map((p) => p.row), counts, writes };
}
