import { loadPublishedData, rankTable, writeRanks, type Db } from '@kpi/db';
import { listProvinces } from '@kpi/db';
import { rankingIndexOfIndicator, type Locale, type RankingImportPlan, type RankingIndex } from '@kpi/shared';
import { schema } from '@kpi/db';
import { planRankImport } from './plan.js';
import type { TableRow } from './read-table.js';

export interface RankImportOptions {
  dryRun: boolean;
  sourceId: number | undefined;
  locale: Locale;
  actor: string;
  fileName: string;
}

/** Lạng Sơn's published figures of the index's own indicator, by year. */
function homeFigures(db: Db, index: RankingIndex): Map<number, { position: number; outOf: number }> {
  const code = Object.entries(rankingIndexOfIndicator).find(([, i]) => i === index)?.[0];
  const figures = code ? (loadPublishedData(db, { onlyCode: code })[0]?.figures ?? []) : [];
  return new Map(figures.flatMap((f) => (f.kind === 'rank' ? [[f.year, { position: f.position, outOf: f.outOf }] as const] : [])));
}

/**
 * Plans a table's rows against what is held and, unless a dry run or any row is refused, writes
 * them: all in one transaction, so the rows written are the rows checked, and all or nothing.
 */
export function importRankTable(db: Db, index: RankingIndex, rows: readonly TableRow[], options: RankImportOptions): RankingImportPlan {
  return db.transaction((tx) => {
    const plan = planRankImport(rows, {
      provinces: listProvinces(tx),
      held: rankTable(tx, index),
      sourceIds: new Set(
        tx
          .select({ id: schema.sources.id })
          .from(schema.sources)
          .all()
          .map((s) => s.id),
      ),
      defaultSourceId: options.sourceId,
      home: homeFigures(db, index),
      thisYear: new Date().getFullYear(),
      locale: options.locale,
    });
    const written = !options.dryRun && plan.counts.refused === 0 && plan.writes.length > 0;
    if (written) writeRanks(tx, index, plan.writes, options.actor, { fileName: options.fileName });
    return { index, dryRun: options.dryRun, written, counts: plan.counts, rows: plan.rows };
  });
}
