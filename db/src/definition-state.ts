import type { DefinitionListEntry, DefinitionRevision, DefinitionState, IndicatorDefinition } from '@kpi/shared';
import { and, desc, eq, max, notInArray } from 'drizzle-orm';
import type { DbOrTx } from './open-db.js';
import { indicatorDefinitionRevisions, indicators, observations } from './schema.js';

type IndicatorRow = typeof indicators.$inferSelect;
type RevisionRow = typeof indicatorDefinitionRevisions.$inferSelect;

const both = (vi: string | null, en: string | null) => (vi && en ? { vi, en } : null);

/** An indicator's row as the definition staff edit (the shared contract's `IndicatorDefinition`). */
export function definitionOf(row: IndicatorRow): IndicatorDefinition {
  return {
    code: row.code,
    name: { vi: row.nameVi, en: row.nameEn },
    definition: both(row.definitionVi, row.definitionEn),
    group: row.group as IndicatorDefinition['group'],
    kind: row.kind as IndicatorDefinition['kind'],
    direction: row.direction as IndicatorDefinition['direction'],
    unit: row.unit as IndicatorDefinition['unit'],
    decimals: row.decimals,
    scope: row.scope as IndicatorDefinition['scope'],
    replacedBy: row.replacedBy !== null && row.replacedFrom !== null ? { code: row.replacedBy, fromYear: row.replacedFrom } : null,
    continues: row.continues,
    retiredFrom: row.retiredFrom,
    methodNote: both(row.methodNoteVi, row.methodNoteEn),
    dataSource: row.dataSource,
    responsibleUnit: row.responsibleUnit,
    aggregation: row.aggregation,
  };
}

/** The columns a definition sets: everything of the row but its id, order and version. */
export function definitionColumns(d: IndicatorDefinition) {
  return {
    code: d.code,
    nameVi: d.name.vi,
    nameEn: d.name.en,
    definitionVi: d.definition?.vi ?? null,
    definitionEn: d.definition?.en ?? null,
    group: d.group,
    kind: d.kind,
    direction: d.direction,
    unit: d.unit,
    decimals: d.decimals,
    scope: d.scope,
    replacedBy: d.replacedBy?.code ?? null,
    replacedFrom: d.replacedBy?.fromYear ?? null,
    continues: d.continues,
    retiredFrom: d.retiredFrom,
    methodNoteVi: d.methodNote?.vi ?? null,
    methodNoteEn: d.methodNote?.en ?? null,
    dataSource: d.dataSource,
    responsibleUnit: d.responsibleUnit,
    aggregation: d.aggregation,
  };
}

function toRevision(row: RevisionRow): DefinitionRevision {
  return {
    id: row.id,
    state: row.state,
    definition: JSON.parse(row.definition) as IndicatorDefinition,
    baseVersion: row.baseVersion,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt,
    reviewComment: row.reviewComment,
  };
}

export function indicatorRowByCode(db: DbOrTx, code: string): IndicatorRow | undefined {
  return db.select().from(indicators).where(eq(indicators.code, code)).get();
}

/** Whether any figure of the indicator was entered (a figure exists from its first draft): then its kind and unit are fixed. */
export function hasFigures(db: DbOrTx, indicatorId: number): boolean {
  return db.select({ id: observations.id }).from(observations).where(eq(observations.indicatorId, indicatorId)).limit(1).get() !== undefined;
}

/** The entry's version: the highest a write to its definition or its drafts has made (0: never proposed). */
function entryVersion(db: DbOrTx, code: string, row: IndicatorRow | undefined): number {
  const drafts = db
    .select({ v: max(indicatorDefinitionRevisions.version) })
    .from(indicatorDefinitionRevisions)
    .where(eq(indicatorDefinitionRevisions.code, code))
    .get();
  return Math.max(row?.version ?? 0, drafts?.v ?? 0);
}

/** An indicator's catalogue entry: published definition, pending draft and history, newest first. */
export function definitionState(db: DbOrTx, code: string): DefinitionState {
  const row = indicatorRowByCode(db, code);
  const history = db
    .select()
    .from(indicatorDefinitionRevisions)
    .where(eq(indicatorDefinitionRevisions.code, code))
    .orderBy(desc(indicatorDefinitionRevisions.id))
    .all()
    .map(toRevision);
  return {
    code,
    version: entryVersion(db, code, row),
    published: row ? definitionOf(row) : null,
    hasFigures: row ? hasFigures(db, row.id) : false,
    draft: history.find((r) => r.state === 'draft') ?? null,
    history,
  };
}

/** Every catalogue entry with its newest revision but not the rest of its history: the indicators in the overview's order, then new ones only proposed. */
export function listDefinitions(db: DbOrTx): DefinitionListEntry[] {
  const codes = db
    .select({ code: indicators.code })
    .from(indicators)
    .orderBy(indicators.sortOrder, indicators.id)
    .all()
    .map((r) => r.code);
  const proposed = db
    .select({ code: indicatorDefinitionRevisions.code })
    .from(indicatorDefinitionRevisions)
    .where(and(eq(indicatorDefinitionRevisions.state, 'draft'), codes.length ? notInArray(indicatorDefinitionRevisions.code, codes) : undefined))
    .orderBy(indicatorDefinitionRevisions.id)
    .all()
    .map((r) => r.code);
  return [...codes, ...proposed].map((code) => {
    const { history, ...entry } = definitionState(db, code);
    return { ...entry, latest: history[0] ?? null };
  });
}
