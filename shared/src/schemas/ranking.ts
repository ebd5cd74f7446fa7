import { z } from './zod.js';
import { fileRowStatusSchema, isoDateSchema, localeSchema } from './common.js';
import { sourceSchema } from './source.js';

/** The national indices whose yearly tables rank every province; the Ministry's DTI to start. */
export const rankingIndexSchema = z.enum(['dti']);
export type RankingIndex = z.infer<typeof rankingIndexSchema>;

/** A province or centrally-run city as the Ministry's tables rank it: 63 up to data year 2023, 34 from 2024. */
export const provinceSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['province', 'city']),
  /** Other names the tables print for it (`Thừa Thiên Huế` for Huế), matched like the name. */
  aliases: z.array(z.string()),
  validFrom: isoDateSchema.nullable(),
  validTo: isoDateSchema.nullable(),
  /** For a province formed by the 2025 merger: the codes of the former provinces it was made from. */
  formedFrom: z.array(z.string()),
  note: z.string().nullable(),
});
export type Province = z.infer<typeof provinceSchema>;
export const provinceListSchema = z.object({ provinces: z.array(provinceSchema) });
export type ProvinceList = z.infer<typeof provinceListSchema>;

const pillarRank = z.number().int().positive().nullable();

/** The three pillars of the DTI, each ranked separately; null where the source gives none. */
export const pillarRanksSchema = z.object({ government: pillarRank, economy: pillarRank, society: pillarRank });
export type PillarRanks = z.infer<typeof pillarRanksSchema>;

/** One row of a ranking table: a province's place in one year, citing the source it was read in. */
export const provinceRankSchema = z.object({
  province: z.string(),
  year: z.number().int(),
  rank: z.number().int().positive(),
  outOf: z.number().int().positive(),
  score: z.number().nullable(),
  pillars: pillarRanksSchema,
  sourceId: z.number().int(),
  note: z.string().nullable(),
});
export type ProvinceRank = z.infer<typeof provinceRankSchema>;

/** What is known of a year's table as a whole. */
export const rankingYearSchema = z.object({
  year: z.number().int(),
  outOf: z.number().int(),
  /** Rows held for the year: fewer than `outOf` while only excerpts are imported. */
  rows: z.number().int(),
  /** The median of every province's score, only when the whole table with every score is held; never estimated. */
  medianScore: z.number().nullable(),
});
export type RankingYear = z.infer<typeof rankingYearSchema>;

/**
 * `?provinces=cao-bang,quang-ninh&top=10`: the chosen provinces' ranks, and each year's first
 * `top`. The answer adds Lạng Sơn, and each chosen province's former parts or successor.
 */
export const peerRanksQuerySchema = z.object({
  provinces: z
    .string()
    .max(2000)
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
        : [],
    )
    .pipe(z.array(z.string().regex(/^[a-z0-9-]{2,64}$/, 'invalid')).max(63, 'invalid')),
  top: z.coerce.number().int().min(1, 'invalid').max(63, 'invalid').optional(),
});
export const rankingParamsSchema = z.object({ index: rankingIndexSchema });

export const peerRanksSchema = z.object({
  index: rankingIndexSchema,
  provinces: z.array(provinceSchema),
  ranks: z.array(provinceRankSchema),
  years: z.array(rankingYearSchema),
  /** The documents the rows cite, by id. */
  sources: z.array(sourceSchema),
});
export type PeerRanks = z.infer<typeof peerRanksSchema>;

/** `?dryRun=true&sourceId=12`: the source a row without `source_id` cites. */
export const rankingImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  sourceId: z.coerce.number().int().positive().optional(),
});

/** `GET /api/rankings/:index/template.csv?lang=en`: the language of the headers people read. */
export const rankingTemplateQuerySchema = z.object({ lang: localeSchema.default('vi') });

/** One row of the file as the import reads it, with each problem by column. */
export const rankingImportRowSchema = z.object({
  row: z.number().int(),
  status: fileRowStatusSchema,
  /** The province matched, when one was. */
  province: z.string().nullable(),
  year: z.number().int().nullable(),
  values: provinceRankSchema.omit({ province: true, year: true }).nullable(),
  /** For a changed row: the columns that change, each with the value held before. */
  changes: z.array(z.object({ field: z.string(), before: z.union([z.number(), z.string()]).nullable() })),
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type RankingImportRow = z.infer<typeof rankingImportRowSchema>;

export const rankingImportPlanSchema = z.object({
  index: rankingIndexSchema,
  dryRun: z.boolean(),
  /** True once every row is written; a file with any refused row writes nothing. */
  written: z.boolean(),
  counts: z.record(fileRowStatusSchema, z.number().int()),
  rows: z.array(rankingImportRowSchema),
});
export type RankingImportPlan = z.infer<typeof rankingImportPlanSchema>;

/** A refused run carries the plan: which rows, and why. */
export const rankingImportRefusedSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
  plan: rankingImportPlanSchema.optional(),
});
