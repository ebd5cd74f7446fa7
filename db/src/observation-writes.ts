import type { EntryWarningCode, FigureEntry, ObservationState, Revision } from '@kpi/shared';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import { storedFile, toFigure, toIndicator, toSource } from './mappers.js';
import { draftRevisionValues } from './revision-values.js';
import type { Db, DbOrTx } from './open-db.js';
import { DEFAULT_ORG_UNIT, indicators, observationRevisions, observations, sourceFiles, sources } from './schema.js';

type Reader = DbOrTx;

export type WriteFailure =
  | { ok: false; reason: 'unknown-indicator' }
  | { ok: false; reason: 'kind-mismatch'; expected: string }
  | { ok: false; reason: 'unknown-source' }
  | { ok: false; reason: 'conflict'; current: ObservationState }
  | { ok: false; reason: 'no-draft'; current: ObservationState }
  | { ok: false; reason: 'own-draft'; current: ObservationState };
export type WriteResult = { ok: true; state: ObservationState } | WriteFailure;

export interface ObservationKey {
  code: string;
  year: number;
  orgUnit?: string;
}

function indicatorRow(db: Reader, code: string) {
  return db.select().from(indicators).where(eq(indicators.code, code)).get();
}

/** The figure with its published revision, pending draft and history (newest first). */
export function observationState(db: Reader, { code, year, orgUnit = DEFAULT_ORG_UNIT }: ObservationKey): ObservationState | null {
  const ind = indicatorRow(db, code);
  if (!ind) return null;
  const kind = toIndicator(ind).kind;
  const obs = db
    .select()
    .from(observations)
    .where(and(eq(observations.indicatorId, ind.id), eq(observations.period, year), eq(observations.orgUnit, orgUnit)))
    .get();
  const empty = { indicatorCode: code, year, orgUnit, version: 0, published: null, draft: null, history: [] };
  if (!obs) return empty;
  const revs = db.select().from(observationRevisions).where(eq(observationRevisions.observationId, obs.id)).orderBy(desc(observationRevisions.id)).all();
  const sourceIds = [...new Set(revs.map((r) => r.sourceId).filter((id): id is number => id !== null))];
  // With each document's stored file, so whoever judges the figure can open the evidence itself.
  const sourceRows = sourceIds.length
    ? db
        .select({ source: sources, name: sourceFiles.name, mediaType: sourceFiles.mediaType, size: sourceFiles.size, sha256: sourceFiles.sha256 })
        .from(sources)
        .leftJoin(sourceFiles, eq(sourceFiles.sourceId, sources.id))
        .where(inArray(sources.id, sourceIds))
        .all()
    : [];
  const sourceById = new Map(sourceRows.map(({ source, ...file }) => [source.id, toSource(source, storedFile(file))]));
  const history: Revision[] = revs.map((rev) => ({
    id: rev.id,
    state: rev.state,
    figure: toFigure(kind, obs, rev, rev.sourceId === null ? null : (sourceById.get(rev.sourceId) ?? null)),
    acknowledgedWarnings: JSON.parse(rev.acknowledgedWarnings) as EntryWarningCode[],
    createdBy: rev.createdBy,
    createdAt: rev.createdAt,
    reviewedBy: rev.reviewedBy,
    reviewedAt: rev.reviewedAt,
    reviewComment: rev.reviewComment,
  }));
  return {
    ...empty,
    version: obs.version,
    published: history.find((r) => r.state === 'published') ?? null,
    draft: history.find((r) => r.state === 'draft') ?? null,
    history,
  };
}

const keyOf = ({ code, year, orgUnit = DEFAULT_ORG_UNIT }: ObservationKey) => `${code}/${year}/${orgUnit}`;
const now = () => new Date().toISOString();

/**
 * Saves an analyst's figure as a draft beside the published one. `entry.version` must be the
 * figure's current version (0 when new): otherwise nothing is written and the current state comes
 * back, so the analyst can reconcile. IMMEDIATE transactions take the write lock up front, so two
 * writers queue (busy timeout) instead of failing on a lock upgrade.
 */
export function saveDraft(db: Db, key: ObservationKey, entry: FigureEntry, actor: string): WriteResult {
  const orgUnit = key.orgUnit ?? DEFAULT_ORG_UNIT;
  return db.transaction(
    (tx): WriteResult => {
      const ind = indicatorRow(tx, key.code);
      if (!ind) return { ok: false, reason: 'unknown-indicator' };
      if (ind.kind !== entry.kind) return { ok: false, reason: 'kind-mismatch', expected: ind.kind };
      if (!tx.select({ id: sources.id }).from(sources).where(eq(sources.id, entry.sourceId)).get()) {
        return { ok: false, reason: 'unknown-source' };
      }
      const before = observationState(tx, key)!;
      if (entry.version !== before.version) return { ok: false, reason: 'conflict', current: before };

      let observationId: number;
      const existing = tx
        .select({ id: observations.id })
        .from(observations)
        .where(and(eq(observations.indicatorId, ind.id), eq(observations.period, key.year), eq(observations.orgUnit, orgUnit)))
        .get();
      if (existing) {
        observationId = existing.id;
        tx.update(observations)
          .set({ version: before.version + 1 })
          .where(eq(observations.id, observationId))
          .run();
        tx.update(observationRevisions)
          .set({ state: 'superseded' })
          .where(and(eq(observationRevisions.observationId, observationId), eq(observationRevisions.state, 'draft')))
          .run();
      } else {
        observationId = tx.insert(observations).values({ indicatorId: ind.id, period: key.year, orgUnit }).returning().get().id;
      }
      tx.insert(observationRevisions)
        .values({ observationId, state: 'draft', ...draftRevisionValues(entry, actor) })
        .run();
      const after = observationState(tx, key)!;
      appendAudit(tx, {
        actor,
        action: 'observation.save-draft',
        entity: 'observation',
        entityKey: keyOf(key),
        indicatorCode: key.code,
        before: before.draft?.figure ?? before.published?.figure ?? null,
        after: after.draft?.figure,
        detail: entry.acknowledgedWarnings.length ? { acknowledgedWarnings: entry.acknowledgedWarnings } : undefined,
      });
      return { ok: true, state: after };
    },
    { behavior: 'immediate' },
  );
}

/** Publishes the pending draft; an approver other than its author, at the current version. */
export function publishDraft(db: Db, key: ObservationKey, version: number, actor: string): WriteResult {
  return review(db, key, version, actor, 'publish', null);
}

/** Returns the pending draft to its author with a comment; the published figure stays. */
export function returnDraft(db: Db, key: ObservationKey, version: number, actor: string, comment: string): WriteResult {
  return review(db, key, version, actor, 'return', comment);
}

function review(db: Db, key: ObservationKey, version: number, actor: string, action: 'publish' | 'return', comment: string | null): WriteResult {
  return db.transaction(
    (tx): WriteResult => {
      const before = observationState(tx, key);
      if (!before) return { ok: false, reason: 'unknown-indicator' };
      if (version !== before.version) return { ok: false, reason: 'conflict', current: before };
      if (!before.draft) return { ok: false, reason: 'no-draft', current: before };
      if (action === 'publish' && before.draft.createdBy === actor) return { ok: false, reason: 'own-draft', current: before };
      const at = now();
      const observationId = tx
        .select({ id: observationRevisions.observationId })
        .from(observationRevisions)
        .where(eq(observationRevisions.id, before.draft.id))
        .get()!.id;
      if (action === 'publish' && before.published) {
        tx.update(observationRevisions).set({ state: 'superseded' }).where(eq(observationRevisions.id, before.published.id)).run();
      }
      tx.update(observationRevisions)
        .set({ state: action === 'publish' ? 'published' : 'returned', reviewedBy: actor, reviewedAt: at, reviewComment: comment })
        .where(eq(observationRevisions.id, before.draft.id))
        .run();
      tx.update(observations)
        .set({ version: before.version + 1 })
        .where(eq(observations.id, observationId))
        .run();
      const after = observationState(tx, key)!;
      appendAudit(tx, {
        actor,
        action: action === 'publish' ? 'observation.publish' : 'observation.return',
        entity: 'observation',
        entityKey: keyOf(key),
        indicatorCode: key.code,
        before: before.published?.figure ?? null,
        after: action === 'publish' ? after.published?.figure : before.draft.figure,
        detail: comment ? { comment, author: before.draft.createdBy } : { author: before.draft.createdBy },
      });
      return { ok: true, state: after };
    },
    { behavior: 'immediate' },
  );
}
