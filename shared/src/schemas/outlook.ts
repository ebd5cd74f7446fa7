import { z } from './zod.js';

const pointSchema = z.object({ year: z.number().int(), value: z.number() });

/**
 * Where an indicator is heading as of a year (docs/progress-method.md, "Where an indicator is
 * heading"): with a target, the projection at the current pace (`projectToTarget`); without one,
 * the trend verdict (`trendWithoutTarget`); with a single figure, too few to judge. Values are in
 * the terms a chart plots (rate, value, position), so the chart draws the dashed line from `from`
 * to `{ targetYear, expected }` without a field on every trend point. A projected value is derived,
 * never a figure.
 */
export const outlookSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('projection'),
    /** The latest figure the projection runs from. */
    from: pointSchema,
    targetYear: z.number().int(),
    /** The value expected in the target year at the current pace. */
    expected: z.number(),
    /** True when the straight line left the quantity's bounds and was held at one (100 %, 1st). */
    held: z.boolean(),
    meetsTarget: z.boolean(),
    /** The year the target is reached at this pace; null: not at this pace. */
    reachedIn: z.number().int().nullable(),
  }),
  z.object({
    kind: z.literal('trend'),
    verdict: z.enum(['improving', 'stable', 'deteriorating']),
    /** The directed compound annual growth (0.012 = 1.2 % a year better); null where the base is 0. */
    growthPerYear: z.number().nullable(),
  }),
  z.object({ kind: z.literal('too-few') }),
]);
export type Outlook = z.infer<typeof outlookSchema>;
