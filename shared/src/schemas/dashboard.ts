import { z } from 'zod';
import { yearSchema } from './common.js';
import { figureSchema } from './figure.js';
import { indicatorGroupSchema, indicatorSchema } from './indicator.js';
import { changeSchema, dataQualityFlagSchema } from './quality.js';
import { statusResultSchema, statusSchema } from './status.js';
import { targetSchema } from './target.js';

/** One point of an indicator's chart: the figure, the target set for that year, and the expected path. */
export const trendPointSchema = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  expected: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const dashboardCardSchema = z.object({
  indicator: indicatorSchema,
  /** The figure of the year asked for, or the latest earlier one (its `year` says which). */
  figure: figureSchema.nullable(),
  previous: figureSchema.nullable(),
  change: changeSchema.nullable(),
  target: targetSchema.nullable(),
  status: statusResultSchema,
  flags: z.array(dataQualityFlagSchema),
  trend: z.array(trendPointSchema),
});
export type DashboardCard = z.infer<typeof dashboardCardSchema>;

export const statusCountsSchema = z.record(statusSchema, z.number().int());
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const dashboardSchema = z.object({
  year: yearSchema,
  /** Years that have at least one published figure, newest first: the year picker's choices. */
  years: z.array(z.number().int()),
  counts: statusCountsSchema,
  cards: z.array(dashboardCardSchema),
  /** When the data behind this body last changed (ISO instant). */
  updatedAt: z.iso.datetime(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/** `?include=drafts`: signed-in analysts preview pending drafts; everyone else gets published figures. */
export const includeQuerySchema = z.object({ include: z.enum(['drafts']).optional() });

export const dashboardQuerySchema = includeQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/**
 * The overview's filters as they appear in its address (`?group=&status=&q=&compare=`), so a link
 * shared in a chat opens the same view. A value that does not parse is dropped rather than refused:
 * an old or hand-edited link still opens the overview.
 */
export const overviewFiltersSchema = z.object({
  group: indicatorGroupSchema.optional().catch(undefined),
  status: statusSchema.optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
  compare: z.coerce.number().pipe(yearSchema).optional().catch(undefined),
});
export type OverviewFilters = z.infer<typeof overviewFiltersSchema>;
