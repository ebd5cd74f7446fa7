import { writeDefinition, type Db } from '@kpi/db';
import { indicatorDefinitionSchema, MIN_YEAR } from '@kpi/shared';

/**
 * A catalogue large enough for an import of many distinct figures: the seed's indicators times
 * the accepted years make only a few hundred, so tests add `count` value indicators (counts) of
 * their own to their temporary database, as a publication would. Returns their codes.
 */
export function addCountIndicators(db: Db, count: number): string[] {
  const codes = Array.from({ length: count }, (_, i) => `test-count-${i + 1}`);
  db.transaction((tx) => {
    codes.forEach((code, i) =>
      writeDefinition(
        tx,
        indicatorDefinitionSchema.parse({
          code,
          name: { vi: `Chỉ tiêu thử ${i + 1}`, en: `Test indicator ${i + 1}` },
          group: 'digital-society',
          kind: 'value',
          direction: 'up',
          unit: 'count',
          decimals: 0,
        }),
        1,
      ),
    );
  });
  return codes;
}

/** Every year a figure may be for, from MIN_YEAR to this one. */
export const FIGURE_YEARS = Array.from({ length: new Date().getFullYear() - MIN_YEAR + 1 }, (_, i) => MIN_YEAR + i);

/** A CSV with a figure for each of these indicators in every accepted year (at most `maxRows`): all distinct, all new. */
export function manyFiguresCsv(codes: readonly string[], sourceId = 1, maxRows = Infinity): { file: string; figures: number } {
  const rows = codes.flatMap((code, c) => FIGURE_YEARS.map((year) => `${code},${year},${c * 100 + (year - MIN_YEAR)},${sourceId}`)).slice(0, maxRows);
  return { file: ['indicator_code,year,value,source_id', ...rows, ''].join('\r\n'), figures: rows.length };
}
