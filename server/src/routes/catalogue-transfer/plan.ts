import { importCatalogue } from '@kpi/db';
import { errorBodySchema, cataloguePlanSchema, roleAtLeast, type CatalogueFile, type CataloguePlan, type CatalogueRowIssue, type Role } from '@kpi/shared';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../plugins/errors.js';

/** 422: the import was refused as a whole; `plan` names each entry (and XLSX row) refused and why. */
export const refusedSchema = errorBodySchema.extend({ plan: cataloguePlanSchema });

/**
 * Plans a catalogue import, or runs it when `dryRun` is false: all of it is written, or none.
 * Rows of a spreadsheet that could not be read refuse the file; the rest is still planned, so
 * the listing shows everything the approver must mend at once. Groups are created or changed only
 * when an admin imports, as only admins edit them.
 */
export function planImport(
  app: FastifyInstance,
  file: CatalogueFile,
  user: { username: string; role: Role },
  dryRun: boolean,
  rows?: CatalogueRowIssue[],
): CataloguePlan {
  const unread = rows?.length ?? 0;
  const planned = importCatalogue(app.db, file, user.username, { dryRun: dryRun || unread > 0, mayWriteGroups: roleAtLeast(user.role, 'admin') });
  const plan: CataloguePlan = rows ? { ...planned, dryRun, rows } : planned;
  if (!dryRun && !plan.applied) {
    const refused = [...plan.groups, ...plan.indicators, ...plan.targets].filter((s) => s.action === 'refused').length + unread;
    throw new HttpError(422, 'catalogue-refused', `${refused} entries cannot be imported: nothing was written`, undefined, { plan });
  }
  if (plan.applied) app.invalidateViews();
  return plan;
}
