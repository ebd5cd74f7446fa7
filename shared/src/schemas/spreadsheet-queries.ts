import { z } from './zod.js';
import { MAX_YEAR, MIN_YEAR } from '../constants.js';
import { localeSchema } from './common.js';
import { entryWarningCodeSchema } from './entry.js';
import { orgUnitCodeSchema } from './org-unit.js';

/** Query strings of the spreadsheet routes: import, its template, and the export. */

const warningList = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const codes = (s ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    for (const code of codes) {
      if (!entryWarningCodeSchema.safeParse(code).success) ctx.addIssue({ code: 'custom', message: 'invalid' });
    }
    return codes as z.infer<typeof entryWarningCodeSchema>[];
  });

export const importQuerySchema = z.object({
  dryRun: z.stringbool().default(false),
  /** Warning codes the analyst accepts for every row: `published-mismatch,jump`. */
  acknowledge: warningList,
  /** The dry run's `basis`: the real run is refused with 409 when the file or a figure changed since. */
  basis: z.string().max(100).optional(),
});

const codeList = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? [
          ...new Set(
            s
              .split(',')
              .map((c) => c.trim())
              .filter(Boolean),
          ),
        ]
      : undefined,
  );

const year = z.coerce.number({ error: 'year-range' }).int('year-range').min(MIN_YEAR, 'year-range').max(MAX_YEAR, 'year-range');

export const templateQuerySchema = z.object({
  /** The year to fill for every indicator; by default each indicator's next year. */
  year: year.optional(),
  indicators: codeList,
  /** The language of the headers, the indicators' names and the guide. */
  lang: localeSchema.default('vi'),
});

export const exportQuerySchema = z
  .object({
    from: year.optional(),
    to: year.optional(),
    indicators: codeList,
    /** One organisation unit's figures only (`lang-son` for the province's); every unit's by default. */
    unit: orgUnitCodeSchema.optional(),
    /** The language of indicator names. */
    lang: localeSchema.default('vi'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from-after-to', path: ['from'] });
