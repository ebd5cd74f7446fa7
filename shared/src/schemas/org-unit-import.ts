import { z } from './zod.js';
import { errorBodySchema, fileRowStatusSchema, localeSchema } from './common.js';

/**
 * The organisation units' file: its dry run lists every row as new, changed (which fields, before
 * and after), unchanged or refused (which field and why), worded in the admin's language; the
 * real run writes all of it or nothing.
 */
export const orgUnitImportRowSchema = z.object({
  /** The spreadsheet row, counting the header rows, so the admin finds it in Excel. */
  row: z.number().int(),
  /** The unit's code as the row gives it; null when the cell is empty. */
  code: z.string().nullable(),
  /** The unit as people name it ("Xã Tân Đoàn"), when the row's name and kind could be read. */
  label: z.string().nullable(),
  status: fileRowStatusSchema,
  /** A changed unit's fields by column, before and after, as the admin reads them. */
  changes: z.array(z.object({ column: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
  /** Why a row is refused: one message per column at fault. */
  problems: z.array(z.object({ column: z.string(), message: z.string() })),
});
export type OrgUnitImportRow = z.infer<typeof orgUnitImportRowSchema>;

export const orgUnitImportCountsSchema = z.object({
  total: z.number().int(),
  new: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
});
export type OrgUnitImportCounts = z.infer<typeof orgUnitImportCountsSchema>;

export const orgUnitImportPlanSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  columns: z.array(z.string()),
  ignoredColumns: z.array(z.string()),
  counts: orgUnitImportCountsSchema,
  /** No row refused: a real run with this file writes (perhaps nothing, when nothing changed). */
  canImport: z.boolean(),
  /** The file and the units' versions this plan saw; a real run given it refuses (409) when they moved. */
  basis: z.string(),
  /** True when this answer's run wrote its new and changed units. */
  applied: z.boolean(),
  rows: z.array(orgUnitImportRowSchema),
});
export type OrgUnitImportPlan = z.infer<typeof orgUnitImportPlanSchema>;

export const orgUnitImportQuerySchema = z.object({
  dryRun: z.stringbool().default(false),
  basis: z.string().max(100).optional(),
});

export const orgUnitFileQuerySchema = z.object({
  /** The language of the headers and of the kind and yes/no words. */
  lang: localeSchema.default('vi'),
});

/** A refused run carries the plan, so the admin sees which rows stopped it. */
export const orgUnitImportRefusedSchema = errorBodySchema.extend({ plan: orgUnitImportPlanSchema.optional() });
