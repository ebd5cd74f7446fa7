import { z } from 'zod';
import { figureSchema } from './figure.js';
import { indicatorCodeSchema, indicatorSchema } from './indicator.js';
import { changeSchema, dataQualityFlagSchema } from './quality.js';
import { sourceSchema } from './source.js';
import { statusResultSchema } from './status.js';
import { targetSchema } from './target.js';
import { trendPointSchema } from './dashboard.js';

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

export const indicatorDetailSchema = z.object({
  indicator: indicatorSchema,
  series: z.array(seriesEntrySchema),
  /** Every target revision, the superseded ones too. */
  targets: z.array(targetSchema),
  sources: z.array(sourceSchema),
  trend: z.array(trendPointSchema),
});
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

export const indicatorParamsSchema = z.object({ code: indicatorCodeSchema });
