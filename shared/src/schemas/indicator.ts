import { INDICATOR_CODE_MAX_LENGTH, INDICATOR_CODE_PATTERN, indicatorGroups } from '../constants.js';
import { z } from './zod.js';
import { localizedTextSchema, yearSchema } from './common.js';

export const indicatorKinds = ['ratio', 'value', 'rank', 'milestone'] as const;
export const indicatorKindSchema = z.enum(indicatorKinds);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/** `up`: higher is better; `down`: lower is better (ranks). */
export const directionSchema = z.enum(['up', 'down']);
export type Direction = z.infer<typeof directionSchema>;

export const indicatorGroupSchema = z.enum(indicatorGroups);
export type IndicatorGroup = z.infer<typeof indicatorGroupSchema>;

/** The unit a `value` figure is in; ratios are always percent, ranks are positions. */
export const unitSchema = z.enum(['percent', 'count', 'vnd-billion', 'position', 'none']);
export type Unit = z.infer<typeof unitSchema>;

/** Whose figure it is: the province for now; national targets are shown beside it for reference. */
export const scopeSchema = z.enum(['province', 'national']);

export const indicatorCodeSchema = z
  .string()
  .min(2)
  .max(INDICATOR_CODE_MAX_LENGTH)
  .regex(INDICATOR_CODE_PATTERN, 'kebab-case: lower-case letters, digits and single hyphens');

/**
 * Another indicator took this one's place from a data year on (the DTI replaced the e-government
 * ranking): from `fromYear` it is no current result, though its page and its earlier years remain.
 */
export const replacementSchema = z.object({ code: indicatorCodeSchema, fromYear: yearSchema });
export type Replacement = z.infer<typeof replacementSchema>;

export const indicatorSchema = z.object({
  code: indicatorCodeSchema,
  name: localizedTextSchema,
  definition: localizedTextSchema.nullable(),
  group: indicatorGroupSchema,
  kind: indicatorKindSchema,
  direction: directionSchema,
  unit: unitSchema,
  decimals: z.number().int().min(0).max(6),
  scope: scopeSchema,
  replacedBy: replacementSchema.nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorListSchema = z.object({ indicators: z.array(indicatorSchema) });
export type IndicatorList = z.infer<typeof indicatorListSchema>;
