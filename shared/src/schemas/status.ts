import { statuses } from '../constants.js';
import { z } from './zod.js';
import { comparatorSchema, rankReadingSchema } from './target.js';

export const statusSchema = z.enum(statuses);
export type Status = z.infer<typeof statusSchema>;

/** Why a status was given; every branch of `computeProgress` names itself here. */
export const statusReasonSchema = z.enum([
  'no-figure',
  'no-target',
  'target-met',
  'target-year-passed',
  'single-figure',
  'already-met-at-base',
  'progress-ratio',
  'milestone-done',
  'milestone-in-progress',
  'milestone-overdue',
  'milestone-not-started',
]);
export type StatusReason = z.infer<typeof statusReasonSchema>;

/** UNSD SDG Progress Chart bands of the progress ratio. */
export const progressBandSchema = z.enum(['substantial', 'fair', 'limited', 'deterioration']);
export type ProgressBand = z.infer<typeof progressBandSchema>;

const pointSchema = z.object({ year: z.number().int(), value: z.number() });

export const statusExplanationSchema = z.object({
  reason: statusReasonSchema,
  /** What was compared: the figure itself, or for ranks the percentile position / N. */
  basis: z.enum(['value', 'percentile']),
  base: pointSchema.nullable(),
  latest: pointSchema.nullable(),
  target: pointSchema.extend({ comparator: comparatorSchema }).nullable(),
  requiredPerYear: z.number().nullable(),
  actualPerYear: z.number().nullable(),
  ratio: z.number().nullable(),
  band: progressBandSchema.nullable(),
  /** The rule that decided, e.g. `ratio >= 0.95`. */
  threshold: z.string().nullable(),
  /** How a rank target was read (a place to hold, or a share of those ranked); null for other kinds. */
  reading: rankReadingSchema.nullable(),
  method: z.literal('unsd-sdg-progress-chart'),
});
export type StatusExplanation = z.infer<typeof statusExplanationSchema>;

export const statusResultSchema = z.object({ status: statusSchema, explanation: statusExplanationSchema });
export type StatusResult = z.infer<typeof statusResultSchema>;

/**
 * A status as a card shows it: the word, why (the explanation's reason) and the progress ratio,
 * which orders cards worst first. The whole explanation is on the indicator's page.
 */
export const statusSummarySchema = z.object({
  status: statusSchema,
  reason: statusReasonSchema,
  ratio: z.number().nullable(),
});
export type StatusSummary = z.infer<typeof statusSummarySchema>;
