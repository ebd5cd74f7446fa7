import type { DueAction, PendingCommentary, PublishedCommentary, YearCommentary } from '@kpi/shared';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { commentaryState, toCommentaryRevision, type CommentaryKey } from './commentary-writes.js';
import type { DbOrTx } from './open-db.js';
import { commentaries, commentaryRevisions, DEFAULT_ORG_UNIT, indicators, orgUnits, users } from './schema.js';

/**
 * What readers see of a commentary: the published revision only, read alone (not the drafts and
 * history analysts see); null when no indicator has that code.
 */
export function publishedCommentary(db: DbOrTx, { code, year, orgUnit = DEFAULT_ORG_UNIT }: CommentaryKey): PublishedCommentary | null {
  const ind = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)).get();
  if (!ind) return null;
  const row = db
    .select({ revision: commentaryRevisions })
    .from(commentaryRevisions)
    .innerJoin(commentaries, eq(commentaries.id, commentaryRevisions.commentaryId))
    .where(
      and(eq(commentaries.indicatorId, ind.id), eq(commentaries.year, year), eq(commentaries.orgUnit, orgUnit), eq(commentaryRevisions.state, 'published')),
    )
    .orderBy(desc(commentaryRevisions.id))
    .get();
  const published = row ? toCommentaryRevision(row.revision) : null;
  return {
    indicatorCode: code,
    year,
    orgUnit,
    commentary: published && { analysis: published.analysis, actions: published.actions, publishedAt: published.reviewedAt ?? published.createdAt },
  };
}

/** Every commentary with a pending draft, oldest draft first, for the approvers' queue beside the figures'. */
export function pendingCommentaryDrafts(db: DbOrTx): PendingCommentary[] {
  const rows = db
    .select({
      code: indicators.code,
      year: commentaries.year,
      orgUnit: commentaries.orgUnit,
      author: commentaryRevisions.createdBy,
      authorName: users.displayName,
      unitName: orgUnits.name,
      unitKind: orgUnits.kind,
    })
    .from(commentaryRevisions)
    .innerJoin(commentaries, eq(commentaries.id, commentaryRevisions.commentaryId))
    .innerJoin(indicators, eq(indicators.id, commentaries.indicatorId))
    .leftJoin(users, eq(users.username, commentaryRevisions.createdBy))
    .leftJoin(orgUnits, eq(orgUnits.code, commentaries.orgUnit))
    .where(eq(commentaryRevisions.state, 'draft'))
    .orderBy(commentaryRevisions.id)
    .all();
  return rows.map(({ author, authorName, unitName, unitKind, ...key }) => ({
    ...commentaryState(db, key)!,
    authorName: authorName ?? author,
    unit: unitName !== null && unitKind !== null ? { name: unitName, kind: unitKind } : null,
  }));
}

function publishedRows(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({ code: indicators.code, year: commentaries.year, orgUnit: commentaries.orgUnit, unitName: orgUnits.name, revision: commentaryRevisions })
    .from(commentaryRevisions)
    .innerJoin(commentaries, eq(commentaries.id, commentaryRevisions.commentaryId))
    .innerJoin(indicators, eq(indicators.id, commentaries.indicatorId))
    .leftJoin(orgUnits, eq(orgUnits.code, commentaries.orgUnit))
    .where(and(eq(commentaryRevisions.state, 'published'), where))
    .orderBy(indicators.sortOrder, indicators.code, commentaries.orgUnit)
    .all();
}

/** A year's published commentary, for the yearly review: the province's first, then units', each by indicator. */
export function publishedYearCommentary(db: DbOrTx, year: number): YearCommentary[] {
  return publishedRows(db, eq(commentaries.year, year))
    .map(({ code, orgUnit, unitName, revision }) => {
      const { analysis, actions } = toCommentaryRevision(revision);
      return { indicatorCode: code, orgUnit, unitName: orgUnit === DEFAULT_ORG_UNIT ? null : unitName, analysis, actions };
    })
    .sort((a, b) => Number(a.unitName !== null) - Number(b.unitName !== null));
}

/**
 * Published actions with a due date, soonest first: what the calendar and the inbox list, each
 * with its indicator, unit and year. `from` and `to` (ISO dates, inclusive) narrow by due date.
 */
export function dueActions(db: DbOrTx, { from, to }: { from?: string; to?: string } = {}): DueAction[] {
  return publishedRows(db, undefined)
    .flatMap(({ code, year, orgUnit, revision }) =>
      toCommentaryRevision(revision).actions.flatMap(({ what, who, due, done }) =>
        due === null || (from !== undefined && due < from) || (to !== undefined && due > to)
          ? []
          : [{ indicatorCode: code, orgUnit, year, due, what, who, done }],
      ),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.indicatorCode.localeCompare(b.indicatorCode));
}
