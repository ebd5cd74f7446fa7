import { CATALOGUE_FILE_FORMAT, CATALOGUE_FILE_VERSION, type CatalogueFile, type CatalogueFileSource, type CatalogueFileTarget } from '@kpi/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { definitionOf } from './definition-state.js';
import { listIndicatorGroups } from './indicator-groups.js';
import type { DbOrTx } from './open-db.js';
import { DEFAULT_ORG_UNIT, indicators, sources, targets } from './schema.js';

/** A document's key in the file: its id here, which another instance does not share. */
const sourceKey = (id: number) => `S${id}`;

/**
 * The published catalogue as a file (catalogue-file.ts in shared): the groups in their order with
 * their names, every indicator's published definition in the overview's order, the province's target in force for each year, and the
 * documents those targets cite. Drafts and figures stay out.
 */
export function exportCatalogue(db: DbOrTx, exportedAt = new Date().toISOString()): CatalogueFile {
  const rows = db.select().from(indicators).orderBy(asc(indicators.sortOrder), asc(indicators.id)).all();
  const codeById = new Map(rows.map((r) => [r.id, r.code]));
  const targetRows = db
    .select()
    .from(targets)
    .where(eq(targets.orgUnit, DEFAULT_ORG_UNIT))
    .orderBy(asc(targets.indicatorId), asc(targets.year), asc(targets.revision))
    .all();
  // The highest revision of each year is the one in force; rows are ordered so the last one wins.
  const inForce = new Map<string, (typeof targetRows)[number]>();
  for (const t of targetRows) inForce.set(`${t.indicatorId}/${t.year}`, t);
  const fileTargets: CatalogueFileTarget[] = [...inForce.values()]
    .filter((t) => t.sourceId !== null)
    .map((t) => ({
      indicator: codeById.get(t.indicatorId)!,
      year: t.year,
      value: t.value,
      comparator: t.comparator as CatalogueFileTarget['comparator'],
      outOf: t.outOf,
      reading: t.reading as CatalogueFileTarget['reading'],
      locator: t.locator,
      note: t.note,
      noteEn: t.noteEn,
      source: sourceKey(t.sourceId!),
    }));
  const cited = [...new Set([...inForce.values()].flatMap((t) => (t.sourceId === null ? [] : [t.sourceId])))];
  const sourceRows = cited.length ? db.select().from(sources).where(inArray(sources.id, cited)).orderBy(asc(sources.id)).all() : [];
  const fileSources: CatalogueFileSource[] = sourceRows.map((s) => ({
    key: sourceKey(s.id),
    number: s.number,
    title: s.title,
    issuer: s.issuer,
    publisher: s.publisher,
    date: s.date,
    kind: s.kind as CatalogueFileSource['kind'],
    url: s.url,
    note: s.note,
    noteEn: s.noteEn,
  }));
  return {
    format: CATALOGUE_FILE_FORMAT,
    formatVersion: CATALOGUE_FILE_VERSION,
    exportedAt,
    groups: listIndicatorGroups(db).map(({ code, name, order }) => ({ code, name, order })),
    indicators: rows.map(definitionOf),
    sources: fileSources,
    targets: fileTargets,
  };
}

/** The document here with this number and title (the same document in another instance's file), if any. */
export function findSourceByNumberAndTitle(db: DbOrTx, number: string | null, title: string): number | null {
  const rows = db
    .select({ id: sources.id, number: sources.number })
    .from(sources)
    .where(and(eq(sources.title, title)))
    .orderBy(asc(sources.id))
    .all();
  return rows.find((r) => (r.number ?? null) === (number ?? null))?.id ?? null;
}
