import { addDays, entryPath, inboxKinds, roleAtLeast, type Inbox, type IndicatorData, type InboxItem, type InboxKind } from '@kpi/shared';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { dueActions } from './commentary-queries.js';
import { dueItems, OVERDUE_LOOKBACK_DAYS, type DueOptions, type InboxCatalogue } from './due-items.js';
import { indicatorRows, type IndicatorRow } from './expected-figures.js';
import type { Db } from './open-db.js';
import { answersFor, loadRules } from './reporting-rules.js';
import { listOrgUnits } from './org-units.js';
import { DEFAULT_ORG_UNIT, indicators, observationRevisions, observations, orgUnits, users } from './schema.js';
import { worsenedSince } from './worsened.js';

export interface InboxOptions extends DueOptions {
  /** A worsened status stays in the inbox this many days after the publication that worsened it. */
  worsenedDays: number;
  /** The published data, when the caller holds it already (the server's published view); loaded otherwise. */
  published?: () => IndicatorData[];
}

/** Drafts with the indicator's and unit's names, newest-first order left to the caller. */
function revisionsIn(db: Db, state: 'draft' | 'returned', by: { author?: string; notAuthor?: string }) {
  return db
    .select({
      observationId: observations.id,
      revisionId: observationRevisions.id,
      code: indicators.code,
      nameVi: indicators.nameVi,
      nameEn: indicators.nameEn,
      year: observations.period,
      unit: observations.orgUnit,
      unitName: orgUnits.name,
      unitKind: orgUnits.kind,
      author: observationRevisions.createdBy,
      authorName: users.displayName,
      createdAt: observationRevisions.createdAt,
      reviewedBy: observationRevisions.reviewedBy,
      reviewedAt: observationRevisions.reviewedAt,
      comment: observationRevisions.reviewComment,
    })
    .from(observationRevisions)
    .innerJoin(observations, eq(observations.id, observationRevisions.observationId))
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .leftJoin(orgUnits, eq(orgUnits.code, observations.orgUnit))
    .leftJoin(users, eq(users.username, observationRevisions.createdBy))
    .where(
      and(
        eq(observationRevisions.state, state),
        by.author === undefined ? undefined : eq(observationRevisions.createdBy, by.author),
        by.notAuthor === undefined ? undefined : ne(observationRevisions.createdBy, by.notAuthor),
      ),
    )
    .orderBy(observationRevisions.id)
    .all();
}

type Row = ReturnType<typeof revisionsIn>[number];
const indicatorOf = (r: Row) => ({ code: r.code, name: { vi: r.nameVi, en: r.nameEn } });
const unitOf = (r: Row) => ({ code: r.unit, name: r.unitName ?? r.unit, kind: r.unitKind ?? (r.unit === DEFAULT_ORG_UNIT ? 'province' : 'commune') });

/**
 * What waits for one signed-in user, drawn up for `today` (the caller's clock, so tests and the
 * mail digest pin it): figures due soon or overdue, drafts by others waiting for an approver (four
 * eyes: never their own), the user's drafts returned to them and still not saved again, and
 * indicators whose status worsened with a publication of the last `worsenedDays` days. Due figures
 * and actions only for analysts and above: a viewer is never responsible (saveReportingRule refuses
 * them). The indicators, rules and units are read once here and handed to each part.
 */
export function inboxFor(db: Db, options: InboxOptions): Inbox {
  const { user, today } = options;
  const rows = indicatorRows(db);
  const catalogue: InboxCatalogue | null = roleAtLeast(user.role, 'analyst') ? { indicators: rows, rules: loadRules(db), units: listOrgUnits(db) } : null;
  const items: InboxItem[] = catalogue
    ? dueItems(db, options, catalogue).sort((a, b) => (a.kind === b.kind ? a.due.localeCompare(b.due) : a.kind === 'overdue' ? -1 : 1))
    : [];
  if (roleAtLeast(user.role, 'approver')) {
    for (const r of revisionsIn(db, 'draft', { notAuthor: user.username })) {
      items.push({
        kind: 'awaiting-approval',
        indicator: indicatorOf(r),
        year: r.year,
        unit: unitOf(r),
        author: r.authorName ?? r.author,
        savedAt: r.createdAt,
        link: '/approval',
      });
    }
  }
  const returned = revisionsIn(db, 'returned', { author: user.username });
  // Still the figure's latest revision: once its author saves again, the return is answered.
  const newer = new Set(
    (returned.length
      ? db
          .select({ observationId: observationRevisions.observationId, id: observationRevisions.id })
          .from(observationRevisions)
          .where(inArray(observationRevisions.observationId, [...new Set(returned.map((r) => r.observationId))]))
          .all()
      : []
    )
      .filter((rev) => returned.some((r) => r.observationId === rev.observationId && rev.id > r.revisionId))
      .map((rev) => rev.observationId),
  );
  for (const r of returned) {
    if (newer.has(r.observationId)) continue;
    items.push({
      kind: 'returned',
      indicator: indicatorOf(r),
      year: r.year,
      unit: unitOf(r),
      comment: r.comment,
      returnedBy: r.reviewedBy,
      returnedAt: r.reviewedAt,
      link: entryPath(r.code, r.year, r.unit),
    });
  }
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const codes = new Map(rows.map((r) => [r.id, r.code]));
  for (const w of worsenedSince(db, `${addDays(today, -options.worsenedDays)}T00:00:00.000Z`, { codes, published: options.published })) {
    const row = byCode.get(w.code)!;
    items.push({
      kind: 'worsened',
      indicator: { code: w.code, name: { vi: row.nameVi, en: row.nameEn } },
      year: w.year,
      from: w.from,
      to: w.to,
      publishedAt: w.publishedAt,
      link: `/indicators/${w.code}?year=${w.year}`,
    });
  }
  if (catalogue) items.push(...actionItems(db, options, byCode, catalogue));
  const counts = Object.fromEntries(inboxKinds.map((kind) => [kind, items.filter((i) => i.kind === kind).length])) as Record<InboxKind, number>;
  return { today, dueDays: options.dueDays, counts, items };
}

/**
 * Published actions not done whose due date has passed (within OVERDUE_LOOKBACK_DAYS, as figures)
 * or comes within `dueDays`, for analysts and above: the work is the department's, and the one who
 * answers for the figure (`answersFor`) sees it as theirs. A commune user sees their unit's only.
 */
function actionItems(
  db: Db,
  { user, today, dueDays }: InboxOptions,
  byCode: Map<string, IndicatorRow>,
  { rules, units: allUnits }: InboxCatalogue,
): InboxItem[] {
  // A commune user's work is their own unit's: the other 64 units' actions are not theirs to chase.
  const actions = dueActions(db, { from: addDays(today, -OVERDUE_LOOKBACK_DAYS), to: addDays(today, dueDays) }).filter(
    (a) => !a.done && (user.unit == null || a.orgUnit === user.unit),
  );
  if (!actions.length) return [];
  const units = new Map(allUnits.map((u) => [u.code, u]));
  return actions.map((a) => {
    const row = byCode.get(a.indicatorCode)!;
    const rule = rules.get(row.id);
    const mine = answersFor(rule, a.orgUnit, user);
    const unit = units.get(a.orgUnit);
    return {
      kind: 'action-due',
      indicator: { code: a.indicatorCode, name: { vi: row.nameVi, en: row.nameEn } },
      year: a.year,
      unit: { code: a.orgUnit, name: unit?.name ?? a.orgUnit, kind: unit?.kind ?? (a.orgUnit === DEFAULT_ORG_UNIT ? 'province' : 'commune') },
      due: a.due,
      what: a.what,
      who: a.who,
      overdue: a.due < today,
      scope: mine ? 'mine' : 'department',
      link: `/indicators/${a.indicatorCode}?year=${a.year}`,
    };
  });
}
