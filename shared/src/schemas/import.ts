import { z } from './zod.js';
import { numberReadings } from '../parse-number.js';
import { errorBodySchema } from './common.js';
import { entryWarningCodeSchema, entryWarningSchema, figureEntrySchema } from './entry.js';
import { figureSchema } from './figure.js';
import { orgUnitKindSchema } from './org-unit.js';

/**
 * Spreadsheet import and export. The header names are the contract between the template the app
 * hands out, the files analysts send back, and the exports (whose columns are these plus a few
 * read-only ones, so an export can be edited and imported again).
 */
export const importColumns = [
  'indicator_code',
  'indicator_name',
  'kind',
  'org_unit',
  'year',
  'numerator',
  'denominator',
  'value',
  'position',
  'out_of',
  'published',
  'published_text',
  'basis',
  'as_of',
  'source_id',
  'source_number',
  'locator',
  'note',
  'note_en',
  'milestone_state',
  'milestone_date',
] as const;
export type ImportColumn = (typeof importColumns)[number];

/** Columns an export adds for reading; an import ignores them. */
export const exportOnlyColumns = ['unit', 'org_unit_name', 'rate', 'source_title'] as const;

/** Defaults of the server's import limits (IMPORT_MAX_ROWS, IMPORT_MAX_MB), shown in the upload form's hint. */
export const IMPORT_MAX_ROWS = 200_000;
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export const importRowStatusSchema = z.enum(['new', 'changed', 'unchanged', 'skipped', 'rejected']);
export type ImportRowStatus = z.infer<typeof importRowStatusSchema>;

const readingSchema = z.enum(numberReadings);

/** How one number cell was read: `154.231` in a count column → 154231 by `thousands-dot`. */
export const cellReadingSchema = z.object({
  column: z.string(),
  text: z.string(),
  value: z.number(),
  reading: readingSchema,
  note: z.string().optional(),
});
export type CellReading = z.infer<typeof cellReadingSchema>;

/** A cell that could be read two ways: both readings, for the analyst to choose by rewriting it. */
export const ambiguousCellSchema = z.object({
  column: z.string(),
  text: z.string(),
  readings: z.array(z.object({ value: z.number(), reading: readingSchema })),
});

export const importRowSchema = z.object({
  /** The spreadsheet row (the header is row 1), so the analyst finds it in Excel. */
  row: z.number().int(),
  indicatorCode: z.string().nullable(),
  year: z.number().int().nullable(),
  /** The unit the row's figure belongs to (the province when the row names none); null when unreadable. */
  orgUnit: z.object({ code: z.string(), name: z.string(), kind: orgUnitKindSchema }).nullable(),
  status: importRowStatusSchema,
  /** Why a row is rejected or skipped. */
  reason: z.string().nullable(),
  /** Column → message, for rejected rows. */
  fields: z.record(z.string(), z.string()),
  ambiguous: z.array(ambiguousCellSchema),
  readings: z.array(cellReadingSchema),
  warnings: z.array(entryWarningSchema),
  /** The figure's version the plan saw (0: none yet). */
  version: z.number().int(),
  /** The draft the row becomes (new and changed rows). */
  entry: figureEntrySchema.nullable(),
  /** The figure it replaces: the pending draft, else the published one. */
  current: figureSchema.nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importCountsSchema = z.object({
  total: z.number().int(),
  new: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

/** The dry run's answer: every row classified against the figures as they are now. */
export const importPlanSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** CSV only: the detected delimiter and whether the file began with a byte-order mark. */
  delimiter: z.enum([',', ';', '\t']).nullable(),
  bom: z.boolean(),
  columns: z.array(z.string()),
  ignoredColumns: z.array(z.string()),
  counts: importCountsSchema,
  /** Warning codes on rows to be written, and those of them the request did not acknowledge. */
  warningCodes: z.array(entryWarningCodeSchema),
  unacknowledged: z.array(entryWarningCodeSchema),
  /** True when a real run with the same file and acknowledgements would write. */
  canImport: z.boolean(),
  /** The file and the versions this plan is based on; pass it to the real run (`?basis=`). */
  basis: z.string(),
  rows: z.array(importRowSchema),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

export const importJobStatusSchema = z.enum(['running', 'succeeded', 'failed']);

export const importJobSchema = z.object({
  id: z.string(),
  status: importJobStatusSchema,
  fileName: z.string(),
  sha256: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Rows written so far, of those to write. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  counts: importCountsSchema,
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const importJobParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });

/** A refused real run carries the plan, so the client can show which rows stopped it. */
export const importRefusedSchema = errorBodySchema.extend({ plan: importPlanSchema.optional() });
