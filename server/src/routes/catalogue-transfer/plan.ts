import { importCatalogue } from '@kpi/db';
import { errorBodySchema, cataloguePlanSchema, type CatalogueFile, type CataloguePlan, type CatalogueRowIssue } from '@kpi/shared';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../plugins/errors.js';

/** 422: the import was refused as a whole; `plan` names each entry (and XLSX row) refused and why. */
export const refusedSchema = errorBodySchema.extend({ plan: cataloguePlanSchema });

/**
 * Plans a catalogue import, or runs it when `dryRun` is false: all of it is written, or none.
 * Rows of a spreadsheet that could not be read refuse the file; the rest is still planned, so
 * the listing shows everything the approver must mend at once.
 */
export function planImport(app: FastifyInstance, file: CatalogueFile, actor: string, dryRun: boolean, rows?: CatalogueRowIssue[]): CataloguePlan {
  const unread = rows?.length ?? 0;
  const planned = importCatalogue(app.db, file, actor, { dryRun: dryRun || unread > 0 });
  const plan: CataloguePlan = rows ? { ...planned, dryRun, rows } : planned;
  if (!dryRun && !plan.applied) {
    const refused = [...plan.indicators, ...plan.targets].filter((s) => s.action === 'refused').length + unread;
    throw new HttpError(422, 'catalogue-refused', `${refused} entries cannot be imported: nothing was written`, undefined, { plan });
  }
  if (plan.applied) app.invalidateViews();
  return plan;
}
