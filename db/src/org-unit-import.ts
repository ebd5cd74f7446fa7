import { createHash } from 'node:crypto';
import { planOrgUnitImport, type Locale, type OrgUnitFileColumn, type OrgUnitFileRow, type OrgUnitImportOutcome } from '@kpi/shared';
import { eq } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { DbOrTx as Db } from './open-db.js';
import { findOrgUnit, listOrgUnits, writePredecessors } from './org-units.js';
import { orgUnits } from './schema.js';

export interface OrgUnitImportOptions {
  actor: string;
  locale: Locale;
  /** The file's SHA-256, part of the basis. */
  sha256: string;
  /** False: plan only. */
  apply: boolean;
  /** The dry run's basis: a run refuses to write when the file or a unit changed since. */
  basis?: string | undefined;
}

export interface OrgUnitImportResult extends OrgUnitImportOutcome {
  basis: string;
  applied: boolean;
  /** True when `basis` was given and no longer matches. */
  stale: boolean;
}

/** The file and every unit's version: what a dry run saw, so the run can tell when it moved. */
function basisOf(sha256: string, units: readonly { code: string; version: number }[]): string {
  const hash = createHash('sha256').update(sha256);
  for (const unit of units) hash.update(`\n${unit.code}@${unit.version}`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * Plans the units' file and, when asked and nothing is refused, writes every new and changed unit
 * in the same transaction as the plan, so no other change slips between the check and the write:
 * all of it or nothing. Each unit is audited as an admin's create or update is, and the import
 * once with the file's hash and counts.
 */
export function importOrgUnits(
  db: Db,
  file: { columns: readonly OrgUnitFileColumn[]; rows: readonly OrgUnitFileRow[] },
  options: OrgUnitImportOptions,
): OrgUnitImportResult {
  return db.transaction((tx): OrgUnitImportResult => {
    const existing = listOrgUnits(tx);
    const outcome = planOrgUnitImport(file, existing, options.locale);
    const basis = basisOf(options.sha256, existing);
    const stale = options.basis !== undefined && options.basis !== basis;
    if (!options.apply || stale || outcome.counts.refused > 0) return { ...outcome, basis, applied: false, stale };
    for (const { unit, before } of outcome.writes) {
      const { predecessors, ...values } = unit;
      if (before)
        tx.update(orgUnits)
          .set({ ...values, version: before.version + 1 })
          .where(eq(orgUnits.code, unit.code))
          .run();
      else tx.insert(orgUnits).values(values).run();
      writePredecessors(tx, unit.code, predecessors);
    }
    // Audited once all are written: a unit's after names parents and predecessors the same file added.
    for (const { unit, before } of outcome.writes) {
      const after = findOrgUnit(tx, unit.code);
      const action = before ? 'org-unit.update' : 'org-unit.create';
      appendAudit(tx, { actor: options.actor, action, entity: 'org-unit', entityKey: unit.code, before, after, detail: { import: options.sha256 } });
    }
    if (outcome.writes.length)
      appendAudit(tx, {
        actor: options.actor,
        action: 'org-unit.import',
        entity: 'org-unit',
        entityKey: 'file',
        detail: { sha256: options.sha256, counts: outcome.counts },
      });
    return { ...outcome, basis, applied: true, stale };
  });
}
