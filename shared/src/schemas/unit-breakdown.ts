import { z } from './zod.js';
import { yearSchema } from './common.js';
import { dashboardQuerySchema } from './dashboard.js';
import { dashboardFigureSchema } from './figure.js';
import { aggregationSchema, indicatorCodeSchema } from './indicator.js';
import { orgUnitCodeSchema, orgUnitKindSchema } from './org-unit.js';
import { changeSchema } from './quality.js';
import { statusSummarySchema } from './status.js';
import { dashboardTargetSchema } from './target.js';

/** Whose target judges a unit's figure: its own where one is set, else the province's. */
export const targetOriginSchema = z.enum(['unit', 'province']);
export type TargetOrigin = z.infer<typeof targetOriginSchema>;

/** One commune or ward (or, before 1/7/2025, district) for the year: its figure and where it stands. */
export const unitRowSchema = z.object({
  unit: z.object({ code: orgUnitCodeSchema, name: z.string(), kind: orgUnitKindSchema }),
  /** The unit's published figure for the year; null: not reported. */
  figure: dashboardFigureSchema.nullable(),
  /** Its published figure for the year before, where there is one. */
  previous: dashboardFigureSchema.nullable(),
  change: changeSchema.nullable(),
  target: dashboardTargetSchema.nullable(),
  targetOf: targetOriginSchema.nullable(),
  status: statusSummarySchema,
  /**
   * How far the figure is from its target, in the figure's comparable terms (percent, count,
   * percentile), negative when short of it: what orders units of one status without a pace to compare.
   */
  gap: z.number().nullable(),
});
export type UnitRow = z.infer<typeof unitRowSchema>;

/** A province figure made from its units' figures by the definition's aggregation. */
export const computedFigureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ratio'), numerator: z.number().int(), denominator: z.number().int().min(1), rate: z.number() }),
  z.object({ kind: z.literal('value'), value: z.number() }),
]);
export type ComputedFigure = z.infer<typeof computedFigureSchema>;

/** The province beside its parts: computed from them, and as entered, and whether the two differ. */
export const provinceFromUnitsSchema = z.object({
  /** null where the aggregation is `none` or no unit reported. */
  computed: computedFigureSchema.nullable(),
  /** Units with a figure for the year, of `expected`. */
  reported: z.number().int().min(0),
  expected: z.number().int().min(0),
  /** The province's own figure for the year, entered directly. */
  entered: dashboardFigureSchema.nullable(),
  /** The entered and computed figures differ beyond the rounding they are shown with. */
  mismatch: z.boolean(),
  /** The province's target in force for the year. */
  target: dashboardTargetSchema.nullable(),
});
export type ProvinceFromUnits = z.infer<typeof provinceFromUnitsSchema>;

/** `GET /api/indicators/:code/units`: one indicator by unit for one year, furthest behind first. */
export const unitBreakdownSchema = z.object({
  code: indicatorCodeSchema,
  year: yearSchema,
  aggregation: aggregationSchema,
  /** Years with at least one unit's published figure, newest first. */
  years: z.array(yearSchema),
  province: provinceFromUnitsSchema,
  /** Reported units worst first (status, then pace, then gap), then those not reported, by name. */
  units: z.array(unitRowSchema),
});
export type UnitBreakdown = z.infer<typeof unitBreakdownSchema>;

/** `?year=`: the latest year with a unit's figure when absent. */
export const unitBreakdownQuerySchema = dashboardQuerySchema.pick({ year: true });
