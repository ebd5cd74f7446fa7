import { unitFigureRefusal, type Aggregation, type CreateOrgUnitBody, type OrgUnit, type UnitFigureRefusal, type UpdateOrgUnitBody } from '@kpi/shared';
import { asc, eq } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { DbOrTx as Db } from './open-db.js';
import { DEFAULT_ORG_UNIT, indicators, observations, orgUnitPredecessors, orgUnits, targets, users } from './schema.js';

type OrgUnitRow = typeof orgUnits.$inferSelect;

/** Why a write was refused: the field at fault and the key of its validation message. */
export type OrgUnitRefusal =
  | {
      ok: false;
      status: 400 | 409;
      field: string;
      reason: 'unknown-org-unit' | 'org-unit-cycle' | 'org-unit-taken' | 'org-unit-in-use' | 'stale-version' | 'dates-out-of-order';
    }
  | { ok: false; status: 404; field: 'code'; reason: 'unknown-org-unit' };
export type OrgUnitWrite = { ok: true; unit: OrgUnit } | OrgUnitRefusal;

function predecessorsOf(db: Db, code: string): string[] {
  return db
    .select({ code: orgUnitPredecessors.predecessor })
    .from(orgUnitPredecessors)
    .where(eq(orgUnitPredecessors.unit, code))
    .orderBy(asc(orgUnitPredecessors.predecessor))
    .all()
    .map((row) => row.code);
}

function toOrgUnit(row: OrgUnitRow, predecessors: string[]): OrgUnit {
  const { id: _id, ...unit } = row;
  return { ...unit, predecessors };
}

export function findOrgUnit(db: Db, code: string): OrgUnit | undefined {
  const row = db.select().from(orgUnits).where(eq(orgUnits.code, code)).get();
  return row && toOrgUnit(row, predecessorsOf(db, code));
}

/** Every unit, the province first, then by kind and name as the department lists them. */
export function listOrgUnits(db: Db): OrgUnit[] {
  const links = new Map<string, string[]>();
  for (const { unit, predecessor } of db.select().from(orgUnitPredecessors).orderBy(asc(orgUnitPredecessors.predecessor)).all()) {
    links.set(unit, [...(links.get(unit) ?? []), predecessor]);
  }
  return db
    .select()
    .from(orgUnits)
    .orderBy(asc(orgUnits.id))
    .all()
    .map((row) => toOrgUnit(row, links.get(row.code) ?? []));
}

const refuse = (field: string, reason: Extract<OrgUnitRefusal, { status: 400 | 409 }>['reason'], status: 400 | 409 = 400): OrgUnitRefusal => ({
  ok: false,
  status,
  field,
  reason,
});

/** A parent or predecessor that does not exist, or a parent that would make the tree a loop. */
function checkLinks(db: Db, code: string, parent: string | null, predecessors: string[]): OrgUnitRefusal | undefined {
  const parents = new Map(
    db
      .select({ code: orgUnits.code, parent: orgUnits.parent })
      .from(orgUnits)
      .all()
      .map((row) => [row.code, row.parent]),
  );
  if (parent !== null) {
    if (!parents.has(parent) && parent !== code) return refuse('parent', 'unknown-org-unit');
    // Walk up from the new parent: meeting the unit itself means it would sit under its own subtree.
    for (let at: string | null | undefined = parent, steps = 0; at != null && steps <= parents.size; at = parents.get(at), steps += 1) {
      if (at === code) return refuse('parent', 'org-unit-cycle');
    }
  }
  for (const predecessor of predecessors) {
    if (predecessor === code) return refuse('predecessors', 'org-unit-cycle');
    if (!parents.has(predecessor)) return refuse('predecessors', 'unknown-org-unit');
  }
  return undefined;
}

export function writePredecessors(db: Db, code: string, predecessors: string[]): void {
  db.delete(orgUnitPredecessors).where(eq(orgUnitPredecessors.unit, code)).run();
  for (const predecessor of new Set(predecessors)) db.insert(orgUnitPredecessors).values({ unit: code, predecessor }).run();
}

/**
 * Creates a unit: an admin's, audited, or the seed's through the same checks, unaudited (the seed's
 * source notes say where its units come from; the audit trail is people's changes).
 */
export function createOrgUnit(db: Db, body: CreateOrgUnitBody, actor: string, { audit = true } = {}): OrgUnitWrite {
  return db.transaction((tx): OrgUnitWrite => {
    if (tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, body.code)).get()) return refuse('code', 'org-unit-taken', 409);
    const refusal = checkLinks(tx, body.code, body.parent, body.predecessors);
    if (refusal) return refusal;
    const { predecessors, ...values } = body;
    tx.insert(orgUnits).values(values).run();
    writePredecessors(tx, body.code, predecessors);
    const unit = findOrgUnit(tx, body.code)!;
    if (audit) appendAudit(tx, { actor, action: 'org-unit.create', entity: 'org-unit', entityKey: unit.code, after: unit });
    return { ok: true, unit };
  });
}

/** Applies the fields a change names when its version is current, audited with before and after. */
export function updateOrgUnit(db: Db, code: string, body: UpdateOrgUnitBody, actor: string): OrgUnitWrite {
  return db.transaction((tx): OrgUnitWrite => {
    const before = findOrgUnit(tx, code);
    if (!before) return { ok: false, status: 404, field: 'code', reason: 'unknown-org-unit' };
    if (before.version !== body.version) return refuse('version', 'stale-version', 409);
    const { version, predecessors = before.predecessors, ...change } = body;
    const next = { ...before, ...change, predecessors };
    if (next.validFrom !== null && next.validTo !== null && next.validFrom > next.validTo) return refuse('validTo', 'dates-out-of-order');
    const refusal = checkLinks(tx, code, next.parent, predecessors);
    if (refusal) return refusal;
    tx.update(orgUnits)
      .set({ ...change, version: version + 1 })
      .where(eq(orgUnits.code, code))
      .run();
    writePredecessors(tx, code, predecessors);
    const unit = findOrgUnit(tx, code)!;
    appendAudit(tx, { actor, action: 'org-unit.update', entity: 'org-unit', entityKey: code, before, after: unit });
    return { ok: true, unit };
  });
}

/** Deletes a unit that nothing refers to: no figure, target, unit under it, unit made from it or commune user. */
export function deleteOrgUnit(db: Db, code: string, version: number, actor: string): { ok: true } | OrgUnitRefusal {
  return db.transaction((tx): { ok: true } | OrgUnitRefusal => {
    const before = findOrgUnit(tx, code);
    if (!before) return { ok: false, status: 404, field: 'code', reason: 'unknown-org-unit' };
    if (before.version !== version) return refuse('version', 'stale-version', 409);
    const used =
      tx.select({ id: observations.id }).from(observations).where(eq(observations.orgUnit, code)).limit(1).get() ??
      tx.select({ id: targets.id }).from(targets).where(eq(targets.orgUnit, code)).limit(1).get() ??
      tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.parent, code)).limit(1).get() ??
      tx.select({ unit: orgUnitPredecessors.unit }).from(orgUnitPredecessors).where(eq(orgUnitPredecessors.predecessor, code)).limit(1).get() ??
      tx.select({ id: users.id }).from(users).where(eq(users.unit, code)).limit(1).get();
    if (used) return refuse('code', 'org-unit-in-use', 409);
    tx.delete(orgUnitPredecessors).where(eq(orgUnitPredecessors.unit, code)).run();
    tx.delete(orgUnits).where(eq(orgUnits.code, code)).run();
    appendAudit(tx, { actor, action: 'org-unit.delete', entity: 'org-unit', entityKey: code, before });
    return { ok: true };
  });
}

/**
 * Why a figure of `code` for `year` cannot belong to `unit`, or undefined when it can: the rules of
 * `unitFigureRefusal`, read from the database.
 */
export function unitRefusal(db: Db, code: string, year: number, unit: string): UnitFigureRefusal | undefined {
  if (unit === DEFAULT_ORG_UNIT) return undefined;
  const row = db.select({ validFrom: orgUnits.validFrom, validTo: orgUnits.validTo }).from(orgUnits).where(eq(orgUnits.code, unit)).get();
  const indicator = db.select({ aggregation: indicators.aggregation }).from(indicators).where(eq(indicators.code, code)).get();
  return unitFigureRefusal(row, false, indicator?.aggregation, year);
}

/** Each indicator's rule for building the province's figure from its units', by code. */
export function indicatorAggregations(db: Db): Map<string, Aggregation> {
  return new Map(
    db
      .select({ code: indicators.code, aggregation: indicators.aggregation })
      .from(indicators)
      .all()
      .map((row) => [row.code, row.aggregation]),
  );
}
