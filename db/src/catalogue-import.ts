import { isDeepStrictEqual } from 'node:util';
import type { CatalogueFile, CatalogueFileGroup, CatalogueFileTarget, CataloguePlan, IndicatorDefinition } from '@kpi/shared';
import { and, desc, eq } from 'drizzle-orm';
import { findSourceByNumberAndTitle } from './catalogue-export.js';
import { definitionState, indicatorRowByCode } from './definition-state.js';
import { draftDefinition } from './definition-writes.js';
import { createIndicatorGroup, findIndicatorGroup, updateIndicatorGroup } from './indicator-groups.js';
import type { Db, DbOrTx } from './open-db.js';
import { DEFAULT_ORG_UNIT, targets } from './schema.js';
import { insertSource } from './source-writes.js';
import { saveTarget } from './target-writes.js';

/** Thrown to undo every write of a dry run, or of an import with a refused entry. */
class Undo extends Error {}

type GroupStep = CataloguePlan['groups'][number];
type IndicatorStep = CataloguePlan['indicators'][number];
type TargetStep = CataloguePlan['targets'][number];

/**
 * A group the file names is created, or its names and order brought to the file's, through the
 * admin's own writes: groups have no drafts, so only an admin's import may change them (`mayWrite`).
 */
function importGroup(tx: DbOrTx, group: CatalogueFileGroup, actor: string, mayWrite: boolean): GroupStep {
  const before = findIndicatorGroup(tx, group.code);
  const fields = before
    ? [
        ...(before.name.vi === group.name.vi ? [] : ['name.vi']),
        ...(before.name.en === group.name.en ? [] : ['name.en']),
        ...(before.order === group.order ? [] : ['order']),
      ]
    : ['name.vi', 'name.en', 'order'];
  const step = { code: group.code, fields, reason: null };
  if (before && fields.length === 0) return { ...step, action: 'unchanged' };
  if (!mayWrite) return { ...step, action: 'refused', reason: 'admin-only' };
  const result = before
    ? updateIndicatorGroup(tx, group.code, { name: group.name, order: group.order, version: before.version }, actor)
    : createIndicatorGroup(tx, group, actor);
  if (!result.ok) return { ...step, action: 'refused', reason: result.reason };
  return { ...step, action: before ? 'changed' : 'new' };
}

/** The fields of a definition that differ from the published one (every field for a new indicator). */
function changedFields(next: IndicatorDefinition, published: IndicatorDefinition | null): string[] {
  return (Object.keys(next) as (keyof IndicatorDefinition)[]).filter((k) => !published || !isDeepStrictEqual(next[k], published[k]));
}

/** A definition that differs from the published one becomes a draft, as the editor makes it. */
function importDefinition(tx: DbOrTx, definition: IndicatorDefinition, actor: string, inFile: ReadonlySet<string>): IndicatorStep {
  const before = definitionState(tx, definition.code);
  const step = { code: definition.code, fields: changedFields(definition, before.published), reason: null };
  // A draft someone proposed waits for its review: an import never replaces it silently.
  if (before.draft) return { ...step, action: 'refused', reason: 'draft-pending' };
  if (before.published && step.fields.length === 0) return { ...step, action: 'unchanged' };
  const result = draftDefinition(tx, definition, before.version, actor, { action: 'indicator.import-draft', proposed: inFile });
  if (!result.ok) return { ...step, action: 'refused', reason: result.reason };
  return { ...step, action: before.published ? 'changed' : 'new' };
}

/** The id of the file's document here: the same number and title, else added. */
function sourceIdFor(tx: DbOrTx, file: CatalogueFile, key: string, actor: string, made: Map<string, CataloguePlan['sources'][number]>): number {
  const known = made.get(key);
  if (known?.id) return known.id;
  const source = file.sources.find((s) => s.key === key)!;
  const existing = findSourceByNumberAndTitle(tx, source.number, source.title);
  if (existing !== null) {
    made.set(key, { key, action: 'existing', id: existing });
    return existing;
  }
  const { key: _key, ...fields } = source;
  const id = insertSource(tx, fields, actor).id;
  made.set(key, { key, action: 'new', id });
  return id;
}

/** A target that differs from the one in force is a new revision of it. */
function importTarget(
  tx: DbOrTx,
  file: CatalogueFile,
  target: CatalogueFileTarget,
  proposed: Set<string>,
  actor: string,
  made: Map<string, CataloguePlan['sources'][number]>,
): TargetStep {
  const step = { indicator: target.indicator, year: target.year, reason: null };
  const row = indicatorRowByCode(tx, target.indicator);
  if (!row)
    return proposed.has(target.indicator)
      ? { ...step, action: 'waits', reason: 'indicator-proposed' }
      : { ...step, action: 'refused', reason: 'unknown-indicator' };
  const current = tx
    .select()
    .from(targets)
    .where(and(eq(targets.indicatorId, row.id), eq(targets.year, target.year), eq(targets.orgUnit, DEFAULT_ORG_UNIT)))
    .orderBy(desc(targets.revision))
    .limit(1)
    .get();
  const sourceId = sourceIdFor(tx, file, target.source, actor, made);
  const entry = {
    value: target.value,
    comparator: target.comparator,
    outOf: target.outOf ?? null,
    sourceId,
    locator: target.locator ?? null,
    note: target.note ?? null,
    noteEn: target.noteEn ?? null,
    reading: target.reading === undefined ? ((current?.reading ?? null) as CatalogueFileTarget['reading']) : target.reading,
  };
  if (current) {
    const inForce = {
      value: current.value,
      comparator: current.comparator,
      outOf: current.outOf,
      reading: current.reading,
      sourceId: current.sourceId,
      locator: current.locator,
      note: current.note,
      noteEn: current.noteEn,
    };
    if (isDeepStrictEqual(entry, inForce)) return { ...step, action: 'unchanged' };
  }
  const saved = saveTarget(tx, target.indicator, target.year, { ...entry, revision: current?.revision ?? 0 }, actor);
  if (!saved.ok) return { ...step, action: 'refused', reason: saved.reason };
  return { ...step, action: current ? 'revised' : 'new' };
}

/**
 * Imports a catalogue file (catalogue-file.ts in shared) in one transaction: its groups first
 * (created or changed at once, by an admin only: `mayWriteGroups`), then each new or changed
 * definition becomes a draft for another approver to publish, each target that differs from the
 * one in force a new revision, each document it needs is matched by number and title or added.
 * All or nothing: with `dryRun`, or when any entry is refused, every write is undone and the plan
 * says what would have happened to each entry.
 */
export function importCatalogue(
  db: Db,
  file: CatalogueFile,
  actor: string,
  { dryRun, mayWriteGroups }: { dryRun: boolean; mayWriteGroups: boolean },
): CataloguePlan {
  let plan: CataloguePlan | undefined;
  try {
    db.transaction(
      (tx) => {
        // Before the indicators: a definition naming a group neither here nor in the file is refused by its draft's check.
        const groups = file.groups.map((g) => importGroup(tx, g, actor, mayWriteGroups));
        const inFile = new Set(file.indicators.map((d) => d.code));
        const indicators = file.indicators.map((d) => importDefinition(tx, d, actor, inFile));
        const proposed = new Set(indicators.filter((s) => s.action === 'new').map((s) => s.code));
        const made = new Map<string, CataloguePlan['sources'][number]>();
        const targetSteps = file.targets.map((t) => importTarget(tx, file, t, proposed, actor, made));
        const refused = [...groups, ...indicators, ...targetSteps].some((s) => s.action === 'refused');
        const applied = !dryRun && !refused;
        // A document added only to be undone has no id to show.
        const sources = file.sources.map((s) => {
          const step = made.get(s.key) ?? { key: s.key, action: 'unused' as const, id: null };
          return step.action === 'new' && !applied ? { ...step, id: null } : step;
        });
        plan = { dryRun, applied, groups, indicators, targets: targetSteps, sources };
        if (!plan.applied) throw new Undo();
      },
      { behavior: 'immediate' },
    );
  } catch (error) {
    if (!(error instanceof Undo)) throw error;
  }
  return plan!;
}
