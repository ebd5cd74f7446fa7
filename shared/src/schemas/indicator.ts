import { INDICATOR_CODE_MAX_LENGTH, INDICATOR_CODE_PATTERN, INDICATOR_GROUP_CODE_MAX_LENGTH, MAX_YEAR, MIN_YEAR } from '../constants.js';
import { z } from './zod.js';

/*
 * Messages are keys of validation-messages.ts, so a bad definition is refused in the caller's
 * language, naming the field.
 */

export const indicatorKinds = ['ratio', 'value', 'rank', 'milestone'] as const;
export const indicatorKindSchema = z.enum(indicatorKinds, { error: 'unknown-kind' });
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/** `up`: higher is better; `down`: lower is better (ranks). */
export const directionSchema = z.enum(['up', 'down'], { error: 'direction-range' });
export type Direction = z.infer<typeof directionSchema>;

/**
 * A group's code (`e-government`): a slug, since the groups are data (indicator-group.ts); whether
 * the group exists is the database's question, refused there as `unknown-group`.
 */
export const indicatorGroupSchema = z
  .string({ error: 'required' })
  // None chosen yet (a form's empty select) is "required", not a malformed code.
  .min(1, 'required')
  .min(2, 'group-code-format')
  .max(INDICATOR_GROUP_CODE_MAX_LENGTH, 'group-code-format')
  .regex(INDICATOR_CODE_PATTERN, 'group-code-format');
export type IndicatorGroup = z.infer<typeof indicatorGroupSchema>;

/** The unit a `value` figure is in; ratios are always percent, ranks are positions. */
export const unitSchema = z.enum(['percent', 'count', 'vnd-billion', 'position', 'none'], { error: 'unknown-unit' });
export type Unit = z.infer<typeof unitSchema>;

/** Whose figure it is: the province for now; national targets are shown beside it for reference. */
export const scopeSchema = z.enum(['province', 'national'], { error: 'invalid' });

/**
 * How the province's figure relates to its communes': `ratio-sum` adds their numerators and
 * denominators, `sum` adds their values, `none` means it is not made from theirs (a rank, a share).
 */
export const aggregationSchema = z.enum(['ratio-sum', 'sum', 'none'], { error: 'invalid' });
export type Aggregation = z.infer<typeof aggregationSchema>;

export const indicatorCodeSchema = z
  .string({ error: 'required' })
  .min(2, 'code-format')
  .max(INDICATOR_CODE_MAX_LENGTH, 'code-format')
  .regex(INDICATOR_CODE_PATTERN, 'code-format');

const definitionYearSchema = z.number({ error: 'year-range' }).int('year-range').min(MIN_YEAR, 'year-range').max(MAX_YEAR, 'year-range');

/**
 * Another indicator took this one's place from a data year on (the DTI replaced the e-government
 * ranking): from `fromYear` it is no current result, though its page and its earlier years remain.
 */
export const replacementSchema = z.object({ code: indicatorCodeSchema, fromYear: definitionYearSchema });
export type Replacement = z.infer<typeof replacementSchema>;

const text = (max: number) => z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'too-long');
/** Text in both languages; a missing one is named (`name.en`). */
export const bilingual = (max: number) => z.object({ vi: text(max), en: text(max) }, { error: 'required' });

/** An indicator's definition as staff edit it; the public `Indicator` is a part of it. */
const definitionFields = z.object({
  code: indicatorCodeSchema,
  name: bilingual(300),
  definition: bilingual(2000).nullable().default(null),
  group: indicatorGroupSchema,
  kind: indicatorKindSchema,
  direction: directionSchema,
  unit: unitSchema,
  decimals: z.number({ error: 'decimals-range' }).int('decimals-range').min(0, 'decimals-range').max(6, 'decimals-range'),
  scope: scopeSchema.default('province'),
  replacedBy: replacementSchema.nullable().default(null),
  /** The indicator whose series this one continues after a change of kind or unit (a series break). */
  continues: indicatorCodeSchema.nullable().default(null),
  /** From this data year on it is no current result: off the overview and screens, its history kept. */
  retiredFrom: definitionYearSchema.nullable().default(null),
  /** How the figure is made and read, beyond its one-line definition. */
  methodNote: bilingual(4000).nullable().default(null),
  /** Where the figure comes from (a system, a report) and who answers for it. */
  dataSource: text(500).nullable().default(null),
  responsibleUnit: text(300).nullable().default(null),
  aggregation: aggregationSchema.default('none'),
});

/** The unit and direction each kind allows, and which province-from-communes rule fits it. */
function checkShape(d: z.infer<typeof definitionFields>, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: path.split('.'), message });
  const unitFor = { ratio: ['percent'], rank: ['position'], milestone: ['none'], value: ['percent', 'count', 'vnd-billion', 'none'] } as const;
  if (!(unitFor[d.kind] as readonly string[]).includes(d.unit)) issue('unit', 'unit-for-kind');
  if (d.kind === 'rank' && d.direction !== 'down') issue('direction', 'direction-for-kind');
  const summable =
    d.aggregation === 'none' || (d.aggregation === 'ratio-sum' ? d.kind === 'ratio' : d.kind === 'value' && (d.unit === 'count' || d.unit === 'vnd-billion'));
  if (!summable) issue('aggregation', 'aggregation-for-kind');
  if (d.continues === d.code) issue('continues', 'invalid');
  if (d.replacedBy?.code === d.code) issue('replacedBy.code', 'invalid');
}

export const indicatorDefinitionSchema = definitionFields.superRefine(checkShape);
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

export const indicatorSchema = definitionFields
  .pick({ code: true, name: true, definition: true, group: true, kind: true, direction: true, unit: true, decimals: true, scope: true })
  .extend({
    replacedBy: replacementSchema.nullable(),
    continues: indicatorCodeSchema.nullable(),
    /** The indicator that continues this one's series, if one does. */
    continuedBy: indicatorCodeSchema.nullable(),
    retiredFrom: definitionYearSchema.nullable(),
  });
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorListSchema = z.object({ indicators: z.array(indicatorSchema) });
export type IndicatorList = z.infer<typeof indicatorListSchema>;
