import { localeSchema, yearSchema } from './common.js';
import { indicatorCodeSchema, indicatorDefinitionSchema, indicatorGroupSchema } from './indicator.js';
import { createIndicatorGroupBodySchema } from './indicator-group.js';
import { sourceSchema, webAddressSchema } from './source.js';
import { rankReadingSchema, targetSchema } from './target.js';
import { z } from './zod.js';

/**
 * The catalogue as a file that travels between instances: a neighbouring province starts from
 * Lạng Sơn's set, a test instance from production's. The groups with their names and order,
 * indicators as published, the targets in force with the documents that set them. Documents are named by a key local to the file (`S1`…), since
 * ids differ between instances; on import they are matched by number and title.
 */
export const CATALOGUE_FILE_FORMAT = 'kpi-catalogue';
export const CATALOGUE_FILE_VERSION = 1;

// Built from the shapes the API answers with (no transforms), so the same schema checks an
// imported file and describes the exported one.
export const catalogueFileSourceSchema = sourceSchema
  .pick({ number: true, issuer: true, publisher: true, date: true, kind: true, note: true, noteEn: true })
  .extend({
    key: z.string().trim().min(1, 'required').max(40, 'too-long'),
    title: z.string().trim().min(1, 'required').max(500, 'too-long'),
    url: webAddressSchema.nullable(),
  });
export type CatalogueFileSource = z.infer<typeof catalogueFileSourceSchema>;

/** A group as the file carries it: its code, names and order (versions are the instance's own). */
export const catalogueFileGroupSchema = createIndicatorGroupBodySchema.required({ order: true });
export type CatalogueFileGroup = z.infer<typeof catalogueFileGroupSchema>;

export const catalogueFileTargetSchema = targetSchema
  .pick({ year: true, value: true, comparator: true, outOf: true, locator: true, note: true, noteEn: true })
  .extend({
    indicator: indicatorCodeSchema,
    /** The key of the document in `sources` that sets it. */
    source: z.string({ error: 'required' }).trim().min(1, 'required'),
    /** Rank targets' reading; a file written before readings has none, and keeps the one in force. */
    reading: z.enum(rankReadingSchema.options, { error: 'rank-reading' }).nullable().optional(),
  });
export type CatalogueFileTarget = z.infer<typeof catalogueFileTargetSchema>;

export const catalogueFileSchema = z
  .object({
    format: z.literal(CATALOGUE_FILE_FORMAT, { error: 'not-a-catalogue' }),
    formatVersion: z.literal(CATALOGUE_FILE_VERSION, { error: 'unsupported-version' }),
    exportedAt: z.string().optional(),
    // Files written before groups were data have none: their indicators name groups the instance has.
    groups: z.array(catalogueFileGroupSchema).max(500, 'too-many').default([]),
    indicators: z.array(indicatorDefinitionSchema).max(5_000, 'too-many'),
    sources: z.array(catalogueFileSourceSchema).max(10_000, 'too-many'),
    targets: z.array(catalogueFileTargetSchema).max(100_000, 'too-many'),
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const groups = new Set<string>();
    file.groups.forEach((g, i) => (groups.has(g.code) ? issue(['groups', i, 'code'], 'duplicate') : groups.add(g.code)));
    const codes = new Set<string>();
    file.indicators.forEach((d, i) => (codes.has(d.code) ? issue(['indicators', i, 'code'], 'duplicate') : codes.add(d.code)));
    const keys = new Set<string>();
    file.sources.forEach((s, i) => (keys.has(s.key) ? issue(['sources', i, 'key'], 'duplicate') : keys.add(s.key)));
    const years = new Set<string>();
    file.targets.forEach((t, i) => {
      if (!keys.has(t.source)) issue(['targets', i, 'source'], 'unknown-source');
      const key = `${t.indicator}/${t.year}`;
      if (years.has(key)) issue(['targets', i, 'year'], 'duplicate');
      years.add(key);
    });
  });
export type CatalogueFile = z.infer<typeof catalogueFileSchema>;

/** `dryRun` (the default) plans and writes nothing; without it, all is written or nothing is. */
export const catalogueImportBodySchema = z.object({
  dryRun: z.boolean().default(true),
  file: catalogueFileSchema,
});
export type CatalogueImportBody = z.infer<typeof catalogueImportBodySchema>;

/** `GET /api/catalogue/export.xlsx`: the language of the headers people read (values are machine values). */
export const catalogueXlsxQuerySchema = z.object({ lang: localeSchema.default('vi') });

/** `POST /api/catalogue/import.xlsx` (multipart, field `file`): a dry run unless `dryRun=false`, as the JSON import. */
export const catalogueXlsxImportQuerySchema = z.object({ dryRun: z.stringbool().default(true) });

/**
 * What an import does to each entry. Indicators: a new or changed definition becomes a draft that
 * another approver publishes, as in the editor. Targets: a new revision where it differs from the
 * one in force; `waits` when its indicator is only proposed (import again once it is published).
 */
export const catalogueIndicatorActions = ['new', 'changed', 'unchanged', 'refused'] as const;
/** Groups are written at once (an admin's edit, no drafts); an import by a non-admin that would change one is refused. */
export const catalogueGroupActions = ['new', 'changed', 'unchanged', 'refused'] as const;
export const catalogueTargetActions = ['new', 'revised', 'unchanged', 'waits', 'refused'] as const;

/**
 * A spreadsheet's row that cannot be read as an entry: its sheet, its row number, the column
 * (machine name; null for the row as a whole) and why (a key of validation-messages.ts).
 */
export const catalogueRowIssueSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
});
export type CatalogueRowIssue = z.infer<typeof catalogueRowIssueSchema>;

export const cataloguePlanSchema = z.object({
  dryRun: z.boolean(),
  /** Whether it was written: false on a dry run, and whenever an entry is refused. */
  applied: z.boolean(),
  groups: z.array(
    z.object({
      code: indicatorGroupSchema,
      action: z.enum(catalogueGroupActions),
      /** The fields a change touches (`name.vi`, `name.en`, `order`). */
      fields: z.array(z.string()),
      reason: z.string().nullable(),
    }),
  ),
  indicators: z.array(
    z.object({
      code: indicatorCodeSchema,
      action: z.enum(catalogueIndicatorActions),
      /** The fields a change touches. */
      fields: z.array(z.string()),
      /** Why it is refused (an error code of the definition editor's). */
      reason: z.string().nullable(),
    }),
  ),
  targets: z.array(
    z.object({
      indicator: indicatorCodeSchema,
      year: yearSchema,
      action: z.enum(catalogueTargetActions),
      reason: z.string().nullable(),
    }),
  ),
  sources: z.array(z.object({ key: z.string(), action: z.enum(['new', 'existing', 'unused']), id: z.number().int().nullable() })),
  /** XLSX imports: the rows that could not be read. Any refuses the file; the plan covers the rest. */
  rows: z.array(catalogueRowIssueSchema).optional(),
});
export type CataloguePlan = z.infer<typeof cataloguePlanSchema>;
