import { medianScore, provinceSchema, type PeerRanks, type Province, type ProvinceRank, type RankingIndex } from '@kpi/shared';
import { and, asc, eq, inArray, lte, or } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import { toSource } from './mappers.js';
import type { DbOrTx } from './open-db.js';
import { provincePredecessors, provinceRanks, provinces, sources } from './schema.js';
import { HOME_PROVINCE } from '@kpi/shared';

type RankRow = typeof provinceRanks.$inferSelect;

/** Every province, the 63 before the 34 as the seed lists them, each with the former ones it was formed from. */
export function listProvinces(db: DbOrTx): Province[] {
  const formed = new Map<string, string[]>();
  for (const { province, predecessor } of db.select().from(provincePredecessors).orderBy(asc(provincePredecessors.predecessor)).all()) {
    formed.set(province, [...(formed.get(province) ?? []), predecessor]);
  }
  return db
    .select()
    .from(provinces)
    .orderBy(asc(provinces.id))
    .all()
    .map(({ id: _id, aliases, ...row }) => provinceSchema.parse({ ...row, aliases: JSON.parse(aliases), formedFrom: formed.get(row.code) ?? [] }));
}

/** Adds provinces and the former ones each was formed from (the seed, or an admin's import of the 34's parts). */
export function insertProvinces(db: DbOrTx, list: readonly Province[]): void {
  for (const { formedFrom, aliases, ...p } of list) {
    db.insert(provinces)
      .values({ ...p, aliases: JSON.stringify(aliases) })
      .run();
    for (const predecessor of formedFrom) db.insert(provincePredecessors).values({ province: p.code, predecessor }).run();
  }
}

export function toProvinceRank(row: RankRow): ProvinceRank {
  return {
    province: row.province,
    year: row.year,
    rank: row.rank,
    outOf: row.outOf,
    score: row.score,
    pillars: { government: row.governmentRank, economy: row.economyRank, society: row.societyRank },
    sourceId: row.sourceId,
    note: row.note,
  };
}

/** Every row of an index's tables, by year then rank. */
export function rankTable(db: DbOrTx, index: RankingIndex): ProvinceRank[] {
  return db
    .select()
    .from(provinceRanks)
    .where(eq(provinceRanks.index, index))
    .orderBy(asc(provinceRanks.year), asc(provinceRanks.rank))
    .all()
    .map(toProvinceRank);
}

/**
 * The ranks of the chosen provinces (and Lạng Sơn), of each chosen one's former parts or the
 * province it merged into, and of each year's first `top`; with what is known of each year's
 * table, and the sources the rows cite.
 */
export function peerRanks(db: DbOrTx, index: RankingIndex, chosen: readonly string[], top?: number): PeerRanks {
  const all = listProvinces(db);
  const wanted = new Set([HOME_PROVINCE, ...chosen]);
  for (const p of all) {
    if (!wanted.has(p.code)) continue;
    p.formedFrom.forEach((c) => wanted.add(c));
  }
  for (const p of all) if (p.formedFrom.some((c) => chosen.includes(c))) wanted.add(p.code);
  const rows = db
    .select()
    .from(provinceRanks)
    .where(
      and(
        eq(provinceRanks.index, index),
        top === undefined ? inArray(provinceRanks.province, [...wanted]) : or(inArray(provinceRanks.province, [...wanted]), lte(provinceRanks.rank, top)),
      ),
    )
    .orderBy(asc(provinceRanks.year), asc(provinceRanks.rank))
    .all();
  const shown = new Set([...wanted, ...rows.map((r) => r.province)]);
  const sourceIds = [...new Set(rows.map((r) => r.sourceId))];
  return {
    index,
    provinces: all.filter((p) => shown.has(p.code)),
    ranks: rows.map(toProvinceRank),
    years: rankingYears(db, index),
    sources: sourceIds.length
      ? db
          .select()
          .from(sources)
          .where(inArray(sources.id, sourceIds))
          .all()
          .map((s) => toSource(s))
      : [],
  };
}

/** Each year's table as held: how many it ranks, how many rows are here, and the median score when all are. */
function rankingYears(db: DbOrTx, index: RankingIndex): PeerRanks['years'] {
  const byYear = new Map<number, { outOf: number; scores: (number | null)[] }>();
  for (const row of db
    .select({ year: provinceRanks.year, outOf: provinceRanks.outOf, score: provinceRanks.score })
    .from(provinceRanks)
    .where(eq(provinceRanks.index, index))
    .all()) {
    const entry = byYear.get(row.year) ?? { outOf: row.outOf, scores: [] };
    entry.scores.push(row.score);
    byYear.set(row.year, entry);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, { outOf, scores }]) => ({ year, outOf, rows: scores.length, medianScore: medianScore(scores, outOf) }));
}

/** A row to write: a new one, or the change of one held. */
export interface RankWrite {
  rank: ProvinceRank;
  before: ProvinceRank | null;
}

/** Writes the rows of a checked import, each audited; call inside the transaction that checked them. */
export function writeRanks(db: DbOrTx, index: RankingIndex, writes: readonly RankWrite[], actor: string, meta: { fileName: string }): void {
  for (const { rank: r, before } of writes) {
    const values = {
      rank: r.rank,
      outOf: r.outOf,
      score: r.score,
      governmentRank: r.pillars.government,
      economyRank: r.pillars.economy,
      societyRank: r.pillars.society,
      sourceId: r.sourceId,
      note: r.note,
    };
    if (before) {
      db.update(provinceRanks)
        .set(values)
        .where(and(eq(provinceRanks.index, index), eq(provinceRanks.year, r.year), eq(provinceRanks.province, r.province)))
        .run();
    } else {
      db.insert(provinceRanks)
        .values({ ...values, index, year: r.year, province: r.province, createdBy: actor })
        .run();
    }
    appendAudit(db, {
      actor,
      action: before ? 'update' : 'create',
      entity: 'province-rank',
      entityKey: `${index}/${r.year}/${r.province}`,
      before,
      after: r,
      detail: { import: meta.fileName },
    });
  }
}
