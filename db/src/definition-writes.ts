import { isDeepStrictEqual } from 'node:util';
import type { DefinitionState, IndicatorDefinition } from '@kpi/shared';
import { and, eq, max, ne } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import { definitionColumns, definitionState, indicatorRowByCode } from './definition-state.js';
import type { Db, DbOrTx } from './open-db.js';
import { findIndicatorGroup } from './indicator-groups.js';
import { indicatorDefinitionRevisions, indicators } from './schema.js';

export type DefinitionWriteFailure =
  | { ok: false; reason: 'conflict'; current: DefinitionState }
  | { ok: false; reason: 'code-taken'; current: DefinitionState }
  | { ok: false; reason: 'unknown-indicator' }
  | { ok: false; reason: 'unknown-reference'; field: 'continues' | 'replacedBy.code' }
  | { ok: false; reason: 'unknown-group' }
  | { ok: false; reason: 'series-continued' }
  | { ok: false; reason: 'series-locked'; field: 'kind' | 'unit'; current: DefinitionState }
  | { ok: false; reason: 'nothing-to-change'; current: DefinitionState }
  | { ok: false; reason: 'no-draft'; current: DefinitionState }
  | { ok: false; reason: 'own-draft'; current: DefinitionState };
export type DefinitionWriteResult = { ok: true; state: DefinitionState } | DefinitionWriteFailure;

/**
 * Makes `definition` the indicator's published one at `version`: updates its row, or adds it at the
 * end of the overview's order. The one way a definition reaches `indicators`: an approver's
 * publication and the seed's trusted catalogue both come through here.
 */
export function writeDefinition(db: DbOrTx, definition: IndicatorDefinition, version: number): number {
  // Drafts are checked when made and groups are never removed, so this guards the seed and tools.
  if (!findIndicatorGroup(db, definition.group)) throw new Error(`writeDefinition: ${definition.code} names an unknown group ${definition.group}`);
  const columns = { ...definitionColumns(definition), version };
  const existing = indicatorRowByCode(db, definition.code);
  if (existing) {
    db.update(indicators).set(columns).where(eq(indicators.id, existing.id)).run();
    return existing.id;
  }
  const last = db
    .select({ order: max(indicators.sortOrder) })
    .from(indicators)
    .get();
  const sortOrder = last?.order === null || last?.order === undefined ? 0 : last.order + 1;
  return db
    .insert(indicators)
    .values({ ...columns, sortOrder })
    .returning({ id: indicators.id })
    .get().id;
}

/**
 * A change of kind or unit would recast figures entered under the old one: published ones would
 * change meaning, and a revision of another kind could no longer be read at all.
 */
function lockedField(state: DefinitionState, definition: IndicatorDefinition): 'kind' | 'unit' | null {
  if (!state.published || !state.hasFigures) return null;
  if (definition.kind !== state.published.kind) return 'kind';
  if (definition.unit !== state.published.unit) return 'unit';
  return null;
}

/** `proposed`: codes proposed together with this one (a catalogue import), which count as known. */
function unknownReference(db: DbOrTx, d: IndicatorDefinition, proposed: ReadonlySet<string>): 'continues' | 'replacedBy.code' | null {
  const known = (code: string) => proposed.has(code) || indicatorRowByCode(db, code) !== undefined;
  if (d.continues !== null && !known(d.continues)) return 'continues';
  if (d.replacedBy !== null && !known(d.replacedBy.code)) return 'replacedBy.code';
  return null;
}

/** A series is continued by one indicator at most, so each old one names its successor. */
function continuedByAnother(db: DbOrTx, d: IndicatorDefinition): boolean {
  if (d.continues === null) return false;
  return (
    db
      .select({ code: indicators.code })
      .from(indicators)
      .where(and(eq(indicators.continues, d.continues), ne(indicators.code, d.code)))
      .limit(1)
      .get() !== undefined
  );
}

/** Adds a pending draft in place of any earlier one, at the entry's next version. */
function propose(db: DbOrTx, before: DefinitionState, definition: IndicatorDefinition, actor: string, action: string, detail?: unknown): DefinitionState {
  db.update(indicatorDefinitionRevisions)
    .set({ state: 'superseded' })
    .where(and(eq(indicatorDefinitionRevisions.code, before.code), eq(indicatorDefinitionRevisions.state, 'draft')))
    .run();
  db.insert(indicatorDefinitionRevisions)
    .values({
      code: before.code,
      state: 'draft',
      definition: JSON.stringify(definition),
      baseVersion: before.version,
      version: before.version + 1,
      createdBy: actor,
    })
    .run();
  appendAudit(db, {
    actor,
    action,
    entity: 'indicator',
    entityKey: before.code,
    indicatorCode: before.code,
    before: before.draft?.definition ?? before.published,
    after: definition,
    detail,
  });
  return definitionState(db, before.code);
}

/**
 * Saves a proposed definition (a new indicator or a change) as a draft for another approver to
 * publish. `version` must be the entry's current one (0 for a new code), or nothing is written.
 */
export function saveDefinitionDraft(db: Db, definition: IndicatorDefinition, version: number, actor: string): DefinitionWriteResult {
  return db.transaction((tx) => draftDefinition(tx, definition, version, actor), { behavior: 'immediate' });
}

/**
 * saveDefinitionDraft's checks and write, inside a transaction the caller holds. A catalogue import
 * names the codes it proposes alongside (`proposed`): a reference to one of them is not unknown.
 */
export function draftDefinition(
  tx: DbOrTx,
  definition: IndicatorDefinition,
  version: number,
  actor: string,
  { action = 'indicator.save-draft', proposed = new Set<string>() }: { action?: string; proposed?: ReadonlySet<string> } = {},
): DefinitionWriteResult {
  const before = definitionState(tx, definition.code);
  if (version !== before.version) {
    return version === 0 && before.published ? { ok: false, reason: 'code-taken', current: before } : { ok: false, reason: 'conflict', current: before };
  }
  const locked = lockedField(before, definition);
  if (locked) return { ok: false, reason: 'series-locked', field: locked, current: before };
  const reference = unknownReference(tx, definition, proposed);
  if (reference) return { ok: false, reason: 'unknown-reference', field: reference };
  if (!findIndicatorGroup(tx, definition.group)) return { ok: false, reason: 'unknown-group' };
  if (continuedByAnother(tx, definition)) return { ok: false, reason: 'series-continued' };
  if (isDeepStrictEqual(definition, before.published) && !before.draft) return { ok: false, reason: 'nothing-to-change', current: before };
  return { ok: true, state: propose(tx, before, definition, actor, action) };
}

/** Proposes to retire a published indicator from a data year on: a draft like any other change. */
export function proposeRetirement(db: Db, code: string, fromYear: number, version: number, actor: string): DefinitionWriteResult {
  return db.transaction(
    (tx): DefinitionWriteResult => {
      const before = definitionState(tx, code);
      if (!before.published) return { ok: false, reason: 'unknown-indicator' };
      if (version !== before.version) return { ok: false, reason: 'conflict', current: before };
      const definition = { ...before.published, retiredFrom: fromYear };
      return { ok: true, state: propose(tx, before, definition, actor, 'indicator.propose-retirement', { retiredFrom: fromYear }) };
    },
    { behavior: 'immediate' },
  );
}

/** Publishes the pending draft: an approver other than its author, at the entry's current version. */
export function publishDefinitionDraft(db: Db, code: string, version: number, actor: string): DefinitionWriteResult {
  return reviewDefinition(db, code, version, actor, null);
}

/** Returns the pending draft to its author with a comment; the published definition stays. */
export function returnDefinitionDraft(db: Db, code: string, version: number, actor: string, comment: string): DefinitionWriteResult {
  return reviewDefinition(db, code, version, actor, comment);
}

function reviewDefinition(db: Db, code: string, version: number, actor: string, comment: string | null): DefinitionWriteResult {
  const publishing = comment === null;
  return db.transaction(
    (tx): DefinitionWriteResult => {
      const before = definitionState(tx, code);
      if (before.version === 0) return { ok: false, reason: 'unknown-indicator' };
      if (version !== before.version) return { ok: false, reason: 'conflict', current: before };
      const draft = before.draft;
      if (!draft) return { ok: false, reason: 'no-draft', current: before };
      if (publishing && draft.createdBy === actor) return { ok: false, reason: 'own-draft', current: before };
      // Figures may have been entered, or another successor published, since the draft was made.
      const locked = publishing ? lockedField(before, draft.definition) : null;
      if (locked) return { ok: false, reason: 'series-locked', field: locked, current: before };
      if (publishing && continuedByAnother(tx, draft.definition)) return { ok: false, reason: 'series-continued' };
      const next = before.version + 1;
      if (publishing) {
        tx.update(indicatorDefinitionRevisions)
          .set({ state: 'superseded' })
          .where(and(eq(indicatorDefinitionRevisions.code, code), eq(indicatorDefinitionRevisions.state, 'published')))
          .run();
        writeDefinition(tx, draft.definition, next);
      }
      tx.update(indicatorDefinitionRevisions)
        .set({ state: publishing ? 'published' : 'returned', version: next, reviewedBy: actor, reviewedAt: new Date().toISOString(), reviewComment: comment })
        .where(eq(indicatorDefinitionRevisions.id, draft.id))
        .run();
      appendAudit(tx, {
        actor,
        action: publishing ? 'indicator.publish' : 'indicator.return',
        entity: 'indicator',
        entityKey: code,
        indicatorCode: code,
        before: before.published,
        after: draft.definition,
        detail: comment ? { comment, author: draft.createdBy } : { author: draft.createdBy },
      });
      return { ok: true, state: definitionState(tx, code) };
    },
    { behavior: 'immediate' },
  );
}
