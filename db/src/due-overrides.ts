import type { DueOverride } from '@kpi/shared';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { DbOrTx } from './open-db.js';
import { DEFAULT_ORG_UNIT, indicators, orgUnits, reportingDueOverrides } from './schema.js';

/** The overrides of these years, by indicator id. */
export function loadOverrides(db: DbOrTx, years: readonly number[]): Map<number, (DueOverride & { year: number })[]> {
  const byIndicator = new Map<number, (DueOverride & { year: number })[]>();
  if (years.length === 0) return byIndicator;
  for (const row of db
    .select()
    .from(reportingDueOverrides)
    .where(inArray(reportingDueOverrides.year, [...years]))
    .all()) {
    const list = byIndicator.get(row.indicatorId) ?? [];
    list.push({ year: row.year, unit: row.orgUnit, due: row.due, version: row.version });
    byIndicator.set(row.indicatorId, list);
  }
  return byIndicator;
}

export type OverrideWrite =
  | { ok: true; override: DueOverride | null }
  | { ok: false; status: 404; field: 'code'; reason: 'unknown-indicator' }
  | { ok: false; status: 400 | 409; field: string; reason: 'unknown-org-unit' | 'stale-version' | 'no-due-override' };

/**
 * Sets (a date) or removes (null) a year's due date for an indicator, for one unit or (unit null)
 * for all its figures that year, when `version` is the override's current one (0 for none yet).
 * The province's own figure is named as the province unit.
 */
export function writeDueOverride(
  db: DbOrTx,
  key: { code: string; year: number; unit: string | null },
  version: number,
  due: string | null,
  actor: string,
): OverrideWrite {
  return db.transaction(
    (tx): OverrideWrite => {
      const indicator = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, key.code)).get();
      if (!indicator) return { ok: false, status: 404, field: 'code', reason: 'unknown-indicator' };
      if (key.unit !== null && key.unit !== DEFAULT_ORG_UNIT && !tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, key.unit)).get()) {
        return { ok: false, status: 400, field: 'unit', reason: 'unknown-org-unit' };
      }
      const where = and(
        eq(reportingDueOverrides.indicatorId, indicator.id),
        eq(reportingDueOverrides.year, key.year),
        key.unit === null ? isNull(reportingDueOverrides.orgUnit) : eq(reportingDueOverrides.orgUnit, key.unit),
      );
      const before = tx.select().from(reportingDueOverrides).where(where).get();
      if (due === null && !before) return { ok: false, status: 400, field: 'version', reason: 'no-due-override' };
      if ((before?.version ?? 0) !== version) return { ok: false, status: 409, field: 'version', reason: 'stale-version' };
      const updatedAt = new Date().toISOString();
      if (due === null) tx.delete(reportingDueOverrides).where(where).run();
      else if (before)
        tx.update(reportingDueOverrides)
          .set({ due, version: version + 1, updatedBy: actor, updatedAt })
          .where(where)
          .run();
      else tx.insert(reportingDueOverrides).values({ indicatorId: indicator.id, year: key.year, orgUnit: key.unit, due, updatedBy: actor, updatedAt }).run();
      const override = due === null ? null : { unit: key.unit, due, version: version + 1 };
      appendAudit(tx, {
        actor,
        action: due === null ? 'due-override.delete' : 'due-override.save',
        entity: 'due-override',
        entityKey: `${key.code}/${key.year}/${key.unit ?? '*'}`,
        indicatorCode: key.code,
        before: before ? { due: before.due, version: before.version } : null,
        after: override,
      });
      return { ok: true, override };
    },
    { behavior: 'immediate' },
  );
}
