import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from './open-db.js';
import { auditEntries } from './schema.js';

export interface AuditInput {
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  indicatorCode?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: unknown;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Appends one entry; call inside the transaction of the change it records. */
export function appendAudit(db: DbOrTx, entry: AuditInput): void {
  db.insert(auditEntries)
    .values({
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entityKey: entry.entityKey,
      indicatorCode: entry.indicatorCode ?? null,
      before: json(entry.before),
      after: json(entry.after),
      detail: json(entry.detail),
    })
    .run();
}

export interface AuditFilter {
  indicatorCode?: string | undefined;
  actor?: string | undefined;
  entityKey?: string | undefined;
  /** ISO instants, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  indicatorCode: string | null;
  before: unknown;
  after: unknown;
  detail: unknown;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** Newest first. */
export function listAudit(db: Db, filter: AuditFilter = {}): AuditRecord[] {
  const where: SQL[] = [];
  if (filter.indicatorCode) where.push(eq(auditEntries.indicatorCode, filter.indicatorCode));
  if (filter.actor) where.push(eq(auditEntries.actor, filter.actor));
  if (filter.entityKey) where.push(eq(auditEntries.entityKey, filter.entityKey));
  if (filter.from) where.push(gte(auditEntries.at, filter.from));
  if (filter.to) where.push(lte(auditEntries.at, filter.to));
  return db
    .select()
    .from(auditEntries)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEntries.id))
    .limit(filter.limit ?? 500)
    .all()
    .map((r) => ({ ...r, before: parse(r.before), after: parse(r.after), detail: parse(r.detail) }));
}
