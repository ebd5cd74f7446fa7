import type { CommentaryAction, CommentaryContent, CommentaryRevision, CommentaryState } from '@kpi/shared';
import { and, desc, eq } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { Db, DbOrTx } from './open-db.js';
import { commentaries, commentaryRevisions, DEFAULT_ORG_UNIT, indicators } from './schema.js';

/** The commentary of one indicator's year, the province's unless `orgUnit` names a unit. */
export interface CommentaryKey {
  code: string;
  year: number;
  orgUnit?: string;
}

export type CommentaryWriteFailure =
  | { ok: false; reason: 'unknown-indicator' }
  | { ok: false; reason: 'conflict'; current: CommentaryState }
  | { ok: false; reason: 'no-draft'; current: CommentaryState }
  | { ok: false; reason: 'own-draft'; current: CommentaryState };
export type CommentaryWriteResult = { ok: true; state: CommentaryState } | CommentaryWriteFailure;

type RevisionRow = typeof commentaryRevisions.$inferSelect;

export function toCommentaryRevision(row: RevisionRow): CommentaryRevision {
  return {
    id: row.id,
    state: row.state,
    analysis: row.analysis,
    actions: JSON.parse(row.actions) as CommentaryAction[],
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt,
    reviewComment: row.reviewComment,
  };
}

function commentaryRow(db: DbOrTx, indicatorId: number, year: number, orgUnit: string) {
  return db
    .select()
    .from(commentaries)
    .where(and(eq(commentaries.indicatorId, indicatorId), eq(commentaries.year, year), eq(commentaries.orgUnit, orgUnit)))
    .get();
}

/** The commentary with its published revision, pending draft and history (newest first); null for an unknown indicator. */
export function commentaryState(db: DbOrTx, { code, year, orgUnit = DEFAULT_ORG_UNIT }: CommentaryKey): CommentaryState | null {
  const ind = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)).get();
  if (!ind) return null;
  const empty = { indicatorCode: code, year, orgUnit, version: 0, published: null, draft: null, history: [] };
  const row = commentaryRow(db, ind.id, year, orgUnit);
  if (!row) return empty;
  const history = db
    .select()
    .from(commentaryRevisions)
    .where(eq(commentaryRevisions.commentaryId, row.id))
    .orderBy(desc(commentaryRevisions.id))
    .all()
    .map(toCommentaryRevision);
  return {
    ...empty,
    version: row.version,
    published: history.find((r) => r.state === 'published') ?? null,
    draft: history.find((r) => r.state === 'draft') ?? null,
    history,
  };
}

const keyText = ({ code, year, orgUnit = DEFAULT_ORG_UNIT }: CommentaryKey) => `${code}/${year}/${orgUnit}`;
const contentOf = (revision: CommentaryRevision | null) => revision && { analysis: revision.analysis, actions: revision.actions };

/**
 * Saves an analyst's commentary as a draft beside the published one, replacing their pending
 * draft. `version` must be the commentary's current one (0 when new): otherwise nothing is
 * written and the current state comes back. IMMEDIATE, as figures' writes, so two writers queue.
 */
export function saveCommentaryDraft(db: Db, key: CommentaryKey, content: CommentaryContent, version: number, actor: string): CommentaryWriteResult {
  const orgUnit = key.orgUnit ?? DEFAULT_ORG_UNIT;
  return db.transaction(
    (tx): CommentaryWriteResult => {
      const ind = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, key.code)).get();
      if (!ind) return { ok: false, reason: 'unknown-indicator' };
      const before = commentaryState(tx, key)!;
      if (version !== before.version) return { ok: false, reason: 'conflict', current: before };
      const existing = commentaryRow(tx, ind.id, key.year, orgUnit);
      let commentaryId: number;
      if (existing) {
        commentaryId = existing.id;
        tx.update(commentaries)
          .set({ version: before.version + 1 })
          .where(eq(commentaries.id, commentaryId))
          .run();
        tx.update(commentaryRevisions)
          .set({ state: 'superseded' })
          .where(and(eq(commentaryRevisions.commentaryId, commentaryId), eq(commentaryRevisions.state, 'draft')))
          .run();
      } else {
        commentaryId = tx.insert(commentaries).values({ indicatorId: ind.id, year: key.year, orgUnit }).returning().get().id;
      }
      tx.insert(commentaryRevisions)
        .values({ commentaryId, state: 'draft', analysis: content.analysis, actions: JSON.stringify(content.actions), createdBy: actor })
        .run();
      const after = commentaryState(tx, key)!;
      appendAudit(tx, {
        actor,
        action: 'commentary.save-draft',
        entity: 'commentary',
        entityKey: keyText(key),
        indicatorCode: key.code,
        before: contentOf(before.draft ?? before.published),
        after: contentOf(after.draft),
      });
      return { ok: true, state: after };
    },
    { behavior: 'immediate' },
  );
}

/** Publishes the pending draft: an approver other than its author, at the current version. */
export function publishCommentaryDraft(db: Db, key: CommentaryKey, version: number, actor: string): CommentaryWriteResult {
  return review(db, key, version, actor, null);
}

/** Returns the pending draft to its author with a comment; the published commentary stays. */
export function returnCommentaryDraft(db: Db, key: CommentaryKey, version: number, actor: string, comment: string): CommentaryWriteResult {
  return review(db, key, version, actor, comment);
}

/** `comment` null publishes; a comment returns. */
function review(db: Db, key: CommentaryKey, version: number, actor: string, comment: string | null): CommentaryWriteResult {
  const publish = comment === null;
  return db.transaction(
    (tx): CommentaryWriteResult => {
      const before = commentaryState(tx, key);
      if (!before) return { ok: false, reason: 'unknown-indicator' };
      if (version !== before.version) return { ok: false, reason: 'conflict', current: before };
      if (!before.draft) return { ok: false, reason: 'no-draft', current: before };
      if (publish && before.draft.createdBy === actor) return { ok: false, reason: 'own-draft', current: before };
      const commentaryId = tx
        .select({ id: commentaryRevisions.commentaryId })
        .from(commentaryRevisions)
        .where(eq(commentaryRevisions.id, before.draft.id))
        .get()!.id;
      if (publish && before.published) {
        tx.update(commentaryRevisions).set({ state: 'superseded' }).where(eq(commentaryRevisions.id, before.published.id)).run();
      }
      tx.update(commentaryRevisions)
        .set({ state: publish ? 'published' : 'returned', reviewedBy: actor, reviewedAt: new Date().toISOString(), reviewComment: comment })
        .where(eq(commentaryRevisions.id, before.draft.id))
        .run();
      tx.update(commentaries)
        .set({ version: before.version + 1 })
        .where(eq(commentaries.id, commentaryId))
        .run();
      const after = commentaryState(tx, key)!;
      appendAudit(tx, {
        actor,
        action: publish ? 'commentary.publish' : 'commentary.return',
        entity: 'commentary',
        entityKey: keyText(key),
        indicatorCode: key.code,
        before: contentOf(before.published),
        after: contentOf(publish ? after.published : before.draft),
        detail: comment ? { comment, author: before.draft.createdBy } : { author: before.draft.createdBy },
      });
      return { ok: true, state: after };
    },
    { behavior: 'immediate' },
  );
}
