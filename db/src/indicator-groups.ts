import { isDeepStrictEqual } from 'node:util';
import type { CreateIndicatorGroupBody, IndicatorGroupEntry, UpdateIndicatorGroupBody } from '@kpi/shared';
import { asc, eq, max } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { DbOrTx } from './open-db.js';
import { indicatorGroups } from './schema.js';

type GroupRow = typeof indicatorGroups.$inferSelect;

/** Why a group write was refused: the field at fault and the key of its validation message. */
export type GroupRefusal =
  | { ok: false; status: 409; field: 'code'; reason: 'group-taken' }
  | { ok: false; status: 409; field: 'version'; reason: 'stale-version'; current: IndicatorGroupEntry }
  | { ok: false; status: 404; field: 'code'; reason: 'unknown-group' };
export type GroupWrite = { ok: true; group: IndicatorGroupEntry } | GroupRefusal;

/** A new group with no order comes this far after the last one, leaving room to slot others between. */
const ORDER_STEP = 10;

const toEntry = (row: GroupRow): IndicatorGroupEntry => ({
  code: row.code,
  name: { vi: row.nameVi, en: row.nameEn },
  order: row.sortOrder,
  version: row.version,
});

export function findIndicatorGroup(db: DbOrTx, code: string): IndicatorGroupEntry | undefined {
  const row = db.select().from(indicatorGroups).where(eq(indicatorGroups.code, code)).get();
  return row && toEntry(row);
}

/** Every group in the department's order: by order, then code, so equal orders still list the same way. */
export function listIndicatorGroups(db: DbOrTx): IndicatorGroupEntry[] {
  return db.select().from(indicatorGroups).orderBy(asc(indicatorGroups.sortOrder), asc(indicatorGroups.code)).all().map(toEntry);
}

/**
 * Creates a group: an admin's, audited, or the seed's and a catalogue import's through the same
 * checks (the seed unaudited: its source says where the list comes from; the audit trail is people's).
 */
export function createIndicatorGroup(db: DbOrTx, body: CreateIndicatorGroupBody, actor: string, { audit = true } = {}): GroupWrite {
  return db.transaction((tx): GroupWrite => {
    if (findIndicatorGroup(tx, body.code)) return { ok: false, status: 409, field: 'code', reason: 'group-taken' };
    const last = tx
      .select({ order: max(indicatorGroups.sortOrder) })
      .from(indicatorGroups)
      .get()?.order;
    const sortOrder = body.order ?? (last === null || last === undefined ? ORDER_STEP : last + ORDER_STEP);
    tx.insert(indicatorGroups).values({ code: body.code, nameVi: body.name.vi, nameEn: body.name.en, sortOrder }).run();
    const group = findIndicatorGroup(tx, body.code)!;
    if (audit) appendAudit(tx, { actor, action: 'indicator-group.create', entity: 'indicator-group', entityKey: group.code, after: group });
    return { ok: true, group };
  });
}

/** Changes a group's names and order when its version is the one the admin loaded; audited with before and after. */
export function updateIndicatorGroup(db: DbOrTx, code: string, body: UpdateIndicatorGroupBody, actor: string): GroupWrite {
  return db.transaction((tx): GroupWrite => {
    const before = findIndicatorGroup(tx, code);
    if (!before) return { ok: false, status: 404, field: 'code', reason: 'unknown-group' };
    if (before.version !== body.version) return { ok: false, status: 409, field: 'version', reason: 'stale-version', current: before };
    // Saving what is already there changes nothing, so the version and the audit trail stay as they are.
    if (isDeepStrictEqual({ name: body.name, order: body.order }, { name: before.name, order: before.order })) return { ok: true, group: before };
    tx.update(indicatorGroups)
      .set({ nameVi: body.name.vi, nameEn: body.name.en, sortOrder: body.order, version: before.version + 1 })
      .where(eq(indicatorGroups.code, code))
      .run();
    const group = findIndicatorGroup(tx, code)!;
    appendAudit(tx, { actor, action: 'indicator-group.update', entity: 'indicator-group', entityKey: code, before, after: group });
    return { ok: true, group };
  });
}
