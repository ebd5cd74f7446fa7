import { HOME_PROVINCE, type PeerRanks, type Province, type ProvinceRank } from '@kpi/shared';

export interface PeerRow {
  province: Province;
  /** By year: the row of that year's table, if a source gives it. */
  ranks: Map<number, ProvinceRank>;
  /** The province it merged into, or those it was formed from, for the note beside its name. */
  mergedInto: Province | undefined;
  formedFrom: Province[];
}

/**
 * The table's and chart's rows: Lạng Sơn first, then the others by their best latest rank; the
 * chosen provinces with no sourced rank are listed apart, by name, rather than as empty rows.
 */
export function peerRows(data: PeerRanks): { rows: PeerRow[]; without: Province[]; years: number[] } {
  const byCode = new Map(data.provinces.map((p) => [p.code, p]));
  const rows = data.provinces.map((province): PeerRow => {
    const ranks = new Map(data.ranks.filter((r) => r.province === province.code).map((r) => [r.year, r]));
    const mergedInto = data.provinces.find((p) => p.formedFrom.includes(province.code));
    const formedFrom = province.formedFrom.flatMap((c) => byCode.get(c) ?? []);
    return { province, ranks, mergedInto, formedFrom };
  });
  const latest = (row: PeerRow) => {
    const years = [...row.ranks.keys()];
    const year = Math.max(...years);
    // Later years first, then the better rank: the reader sees the current leaders on top.
    return [-year, row.ranks.get(year)!.rank] as const;
  };
  const ranked = rows
    .filter((r) => r.ranks.size > 0)
    .sort((a, b) => {
      if (a.province.code === HOME_PROVINCE) return -1;
      if (b.province.code === HOME_PROVINCE) return 1;
      const [ya, ra] = latest(a);
      const [yb, rb] = latest(b);
      return ya - yb || ra - rb || a.province.name.localeCompare(b.province.name, 'vi');
    });
  const without = rows.filter((r) => r.ranks.size === 0).map((r) => r.province);
  const years = [...new Set(data.years.map((y) => y.year))].sort((a, b) => a - b);
  return { rows: ranked, without, years };
}
