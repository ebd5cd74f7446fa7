import { MAX_YEAR, MIN_YEAR } from '../constants.js';
import { z } from './zod.js';
import { yearSchema } from './common.js';
import { dashboardFigureSchema, figureBasisSchema, type FigureSummary } from './figure.js';
import { indicatorCodeSchema, indicatorSchema, type Indicator } from './indicator.js';
import { indicatorGroupEntrySchema, type IndicatorGroupEntry } from './indicator-group.js';
import { changeSchema, dataQualityFlagSchema } from './quality.js';
import { outlookSchema } from './outlook.js';
import { orgUnitCodeSchema } from './org-unit.js';
import { sourceRefSchema } from './source.js';
import { statusSchema, statusSummarySchema } from './status.js';
import { dashboardTargetSchema, type TargetSummary } from './target.js';

/** One point of an indicator's chart: the figure, the target set for that year, and the expected path. */
export const trendPointSchema = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  /** The figure's basis (null without a figure), so a chart marks a derived or assumed point. */
  basis: figureBasisSchema.nullable(),
  target: z.number().nullable(),
  expected: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

/**
 * One indicator's year as `GET /api/dashboard` sends it: what its card shows and no more, with the
 * indicator named by its code and documents by their ids (the catalogue has the names: they change
 * rarely, and the year's numbers are the most read body of the API). Provenance, the previous figure
 * and the status's whole explanation are on the indicator's page (`GET /api/indicators/:code`).
 */
export const dashboardEntrySchema = z.object({
  code: indicatorCodeSchema,
  /** The figure of the year asked for, or the latest earlier one (its `year` says which). */
  figure: dashboardFigureSchema.nullable(),
  change: changeSchema.nullable(),
  target: dashboardTargetSchema.nullable(),
  status: statusSummarySchema,
  flags: z.array(dataQualityFlagSchema),
  /** Where it is heading at the current pace, or its trend without a target; null for tasks and without figures. */
  outlook: outlookSchema.nullable(),
  trend: z.array(trendPointSchema),
});
export type DashboardEntry = z.infer<typeof dashboardEntrySchema>;

export const statusCountsSchema = z.record(statusSchema, z.number().int());
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const dashboardSchema = z.object({
  year: yearSchema,
  /** Years that have at least one published figure, newest first: the year picker's choices. */
  years: z.array(z.number().int()),
  counts: statusCountsSchema,
  cards: z.array(dashboardEntrySchema),
  /** The catalogue these cards were built with (its `version`): a client holding another refetches it. */
  catalogueVersion: z.string(),
  /** When the data behind this body last changed (ISO instant). */
  updatedAt: z.iso.datetime(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/**
 * `GET /api/catalogue`: the indicators and the documents the overview's cards name by code and id,
 * and the groups they are shown under, in the department's order, with their names.
 */
export const catalogueSchema = z.object({
  version: z.string(),
  groups: z.array(indicatorGroupEntrySchema),
  indicators: z.array(indicatorSchema),
  sources: z.array(sourceRefSchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

/**
 * A card as the overview and the screens draw it: a dashboard entry joined with the catalogue
 * (`joinCatalogue`). Only the browser builds it, so it is a type, not a schema on the wire.
 */
export type DashboardCard = Omit<DashboardEntry, 'code' | 'figure' | 'target'> & {
  indicator: Indicator;
  figure: FigureSummary | null;
  target: TargetSummary | null;
};

/** A year's overview with its cards joined and the catalogue's groups: what the overview page and the screens read. */
export type Overview = Omit<Dashboard, 'cards'> & { cards: DashboardCard[]; groups: IndicatorGroupEntry[] };

/** `?include=drafts`: signed-in analysts preview pending drafts; everyone else gets published figures. */
export const includeQuerySchema = z.object({ include: z.enum(['drafts']).optional() });

export const dashboardQuerySchema = includeQuerySchema.extend({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
});

/** The overview's query: `unit` switches it to a commune or ward (the province when absent). */
export const overviewQuerySchema = dashboardQuerySchema.extend({ unit: orgUnitCodeSchema.optional() });
