import { z } from './zod.js';
import { yearSchema } from './common.js';
import { sourceIdField, sourceSchema, type Cited } from './source.js';

/** How the figure must compare with the target value: `gte` for "≥ 30 %", `lte` for "top 10". */
export const comparatorSchema = z.enum(['gte', 'lte', 'eq']);
export type Comparator = z.infer<typeof comparatorSchema>;

/**
 * How a rank target's document means its number: `position` is a place to hold whatever the number
 * ranked ("stay in the top 10": 8th of 34 meets it), `share` a share of those ranked (10 of 63, the
 * top 15.9 %: 6th of 34 misses it). Ranks only; docs/progress-method.md says how each is judged.
 */
export const rankReadingSchema = z.enum(['position', 'share']);
export type RankReading = z.infer<typeof rankReadingSchema>;

export const targetSchema = z.object({
  year: yearSchema,
  value: z.number(),
  comparator: comparatorSchema,
  /** For rank targets: the N the document meant ("top 10 of 63"). */
  outOf: z.number().int().min(1).nullable(),
  /** For rank targets: a place to hold or a share of those ranked; null for other kinds. */
  reading: rankReadingSchema.nullable(),
  source: sourceSchema.nullable(),
  locator: z.string().nullable(),
  note: z.string().nullable(),
  noteEn: z.string().nullable(),
  /** Targets can be revised; the highest revision of a year is the one in force. */
  revision: z.number().int().min(1),
  inForce: z.boolean(),
});
export type Target = z.infer<typeof targetSchema>;

/** A target as a card shows it: the value in force for the year and the document that sets it. */
const targetFacts = targetSchema.pick({ year: true, value: true, comparator: true, outOf: true, reading: true });
export const dashboardTargetSchema = targetFacts.extend(sourceIdField);
export type DashboardTarget = z.infer<typeof dashboardTargetSchema>;
/** On the card, joined with the catalogue. */
export type TargetSummary = Cited<DashboardTarget>;
