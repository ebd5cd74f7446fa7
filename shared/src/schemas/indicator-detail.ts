import { z } from './zod.js';
import { yearSchema } from './common.js';
import { dashboardQuerySchema, trendPointSchema } from './dashboard.js';
import { figureSchema } from './figure.js';
import { indicatorCodeSchema, indicatorSchema } from './indicator.js';
import { changeSchema, dataQualityFlagSchema } from './quality.js';
import { outlookSchema } from './outlook.js';
import { sourceSchema } from './source.js';
import { statusResultSchema } from './status.js';
import { targetSchema } from './target.js';

/** One year of an indicator: its figure, the target in force, and the status that follows. */
export const seriesEntrySchema = z.object({
  year: z.number().int(),
  figure: figureSchema.nullable(),
  target: targetSchema.nullable(),
  status: statusResultSchema,
  change: changeSchema.nullable(),
  flags: z.array(dataQualityFlagSchema),
});
export type SeriesEntry = z.infer<typeof seriesEntrySchema>;

// --- Indicator page: the status as of the year on screen ---

/**
 * The indicator as the overview shows it for `year` (the same `buildCard`): that year's figure or
 * the latest earlier one, the target in force that year, and the status with its explanation.
 * The series alone cannot give this: a year without a figure or target of its own has no entry,
 * yet its status may differ (a later target comes into force).
 */
export const indicatorAsOfSchema = z.object({
  year: yearSchema,
  figure: figureSchema.nullable(),
  previous: figureSchema.nullable(),
  target: targetSchema.nullable(),
  status: statusResultSchema,
  change: changeSchema.nullable(),
  flags: z.array(dataQualityFlagSchema),
  /** Where it is heading at the current pace, or its trend without a target; null for tasks and without figures. */
  outlook: outlookSchema.nullable(),
});
export type IndicatorAsOf = z.infer<typeof indicatorAsOfSchema>;

/** `?year=` as on the overview (the latest year with data when absent), and `?include=drafts`. */
export const indicatorDetailQuerySchema = dashboardQuerySchema;

// --- end of the indicator page block ---

export const indicatorDetailSchema = z.object({
  indicator: indicatorSchema,
  series: z.array(seriesEntrySchema),
  /** Every target revision, the superseded ones too. */
  targets: z.array(targetSchema),
  sources: z.array(sourceSchema),
  trend: z.array(trendPointSchema),
  /** The indicator as of the year asked for: what the page's "why this colour?" explains. */
  asOf: indicatorAsOfSchema,
  /** The indicator named by `indicator.replacedBy`, for the page's notice and link; null when none. */
  replacement: indicatorSchema.nullable(),
  /**
   * Across a series break (a change of kind or unit is a new indicator that continues the old):
   * the indicator this one continues, and the one that continues it; null when none.
   */
  seriesBreak: z.object({ continues: indicatorSchema.nullable(), continuedBy: indicatorSchema.nullable() }),
});
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

export const indicatorParamsSchema = z.object({ code: indicatorCodeSchema });
