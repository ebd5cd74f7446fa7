import { z } from './zod.js';
import { MAX_YEAR, MIN_YEAR } from '../constants.js';
import { errorBodySchema, isoDateSchema } from './common.js';
import { figureBasisSchema, figureSchema, milestoneStateSchema } from './figure.js';
import { indicatorCodeSchema } from './indicator.js';
import { orgUnitKindSchema } from './org-unit.js';
import { comparatorSchema, rankReadingSchema } from './target.js';

/**
 * What analysts send. One set of schemas for the browser's forms and the server's validation;
 * messages are keys (see validation-messages.ts) that each side shows in the user's language.
 */

/** Warnings that do not block a save but must be acknowledged; the acknowledgement is stored. */
export const entryWarningCodes = ['published-mismatch', 'jump'] as const;
export const entryWarningCodeSchema = z.enum(entryWarningCodes);
export type EntryWarningCode = z.infer<typeof entryWarningCodeSchema>;

export const entryWarningSchema = z.object({
  code: entryWarningCodeSchema,
  field: z.string(),
  /** The numbers behind the warning, for the message: e.g. published and computed. */
  params: z.record(z.string(), z.number()),
});
export type EntryWarning = z.infer<typeof entryWarningSchema>;

/** Counts are exact integers up to 2^53: anything larger would be silently rounded. */
const count = z.number({ error: 'number-required' }).int('integer-required').min(0, 'non-negative').max(Number.MAX_SAFE_INTEGER, 'too-large');
const optionalText = (max: number) => z.string().trim().max(max, 'too-long').nullable().optional();

const entryBase = {
  /** The figure's version this edit is based on; 0 for a figure that does not exist yet. */
  version: z.number().int().min(0),
  sourceId: z.number({ error: 'source-required' }).int().positive('source-required'),
  locator: optionalText(200),
  note: optionalText(2000),
  noteEn: optionalText(2000),
  asOf: isoDateSchema.nullable().optional(),
  publishedText: optionalText(200),
  /** An analyst's figure is as the source states it unless they mark it derived or assumed. */
  basis: figureBasisSchema.optional(),
  acknowledgedWarnings: z.array(entryWarningCodeSchema).max(entryWarningCodes.length).default([]),
};

export const ratioEntrySchema = z
  .object({
    kind: z.literal('ratio'),
    ...entryBase,
    numerator: count,
    denominator: count.min(1, 'positive'),
    published: z.number().min(0, 'percent-range').max(100, 'percent-range').nullable().optional(),
  })
  .refine((e) => e.numerator <= e.denominator, { message: 'numerator-exceeds-denominator', path: ['numerator'] });

export const valueEntrySchema = z.object({
  kind: z.literal('value'),
  ...entryBase,
  value: z.number({ error: 'number-required' }).finite('number-required'),
});

export const rankEntrySchema = z
  .object({
    kind: z.literal('rank'),
    ...entryBase,
    position: z.number({ error: 'number-required' }).int('integer-required').min(1, 'rank-range'),
    outOf: z.number({ error: 'number-required' }).int('integer-required').min(1, 'positive').max(1000, 'too-large'),
  })
  .refine((e) => e.position <= e.outOf, { message: 'rank-range', path: ['position'] });

export const milestoneEntrySchema = z.object({
  kind: z.literal('milestone'),
  ...entryBase,
  state: milestoneStateSchema,
  date: isoDateSchema.nullable().optional(),
});

export const figureEntrySchema = z.discriminatedUnion('kind', [ratioEntrySchema, valueEntrySchema, rankEntrySchema, milestoneEntrySchema]);
export type FigureEntry = z.infer<typeof figureEntrySchema>;
export type FigureEntryInput = z.input<typeof figureEntrySchema>;

/** A figure's year is plausible when it is not before the records start and not in the future. */
export function isPlausibleFigureYear(year: number, now = new Date()): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= now.getFullYear();
}

export const observationParamsSchema = z.object({
  code: indicatorCodeSchema,
  year: z.coerce.number({ error: 'year-range' }).int('year-range').min(MIN_YEAR, 'year-range').max(MAX_YEAR, 'year-range'),
});

export const revisionStateSchema = z.enum(['draft', 'published', 'returned', 'superseded']);
export type RevisionState = z.infer<typeof revisionStateSchema>;

export const revisionSchema = z.object({
  id: z.number().int(),
  state: revisionStateSchema,
  figure: figureSchema,
  acknowledgedWarnings: z.array(entryWarningCodeSchema),
  createdBy: z.string(),
  createdAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
});
export type Revision = z.infer<typeof revisionSchema>;

/** A figure as analysts see it: the published revision, the pending draft, and the history. */
export const observationStateSchema = z.object({
  indicatorCode: z.string(),
  year: z.number().int(),
  orgUnit: z.string(),
  /** 0 when the figure does not exist yet. */
  version: z.number().int().min(0),
  published: revisionSchema.nullable(),
  draft: revisionSchema.nullable(),
  history: z.array(revisionSchema),
});
export type ObservationState = z.infer<typeof observationStateSchema>;

export const saveResultSchema = z.object({
  observation: observationStateSchema,
  warnings: z.array(entryWarningSchema),
});
export type SaveResult = z.infer<typeof saveResultSchema>;

export const publishBodySchema = z.object({ version: z.number().int().min(1) });
export const returnBodySchema = z.object({
  version: z.number().int().min(1),
  comment: z.string().trim().min(1, 'required').max(2000, 'too-long'),
});

export const targetEntrySchema = z.object({
  /** The revision this edit is based on; 0 for a year without a target. */
  revision: z.number().int().min(0),
  value: z.number({ error: 'number-required' }).finite('number-required'),
  comparator: comparatorSchema,
  outOf: z.number().int().min(1).nullable().optional(),
  /** Rank targets: a place to hold or a share of those ranked (a share when left out); refused for other kinds. */
  reading: z.enum(rankReadingSchema.options, { error: 'rank-reading' }).nullable().optional(),
  sourceId: z.number({ error: 'source-required' }).int().positive('source-required'),
  locator: optionalText(200),
  note: optionalText(2000),
  noteEn: optionalText(2000),
});
export type TargetEntry = z.infer<typeof targetEntrySchema>;

export const targetParamsSchema = z.object({
  code: indicatorCodeSchema,
  year: z.coerce.number({ error: 'year-range' }).int('year-range').min(MIN_YEAR, 'year-range').max(MAX_YEAR, 'year-range'),
});

/** 409: the write was based on a stale version; `current` is the figure as it is now. */
export const conflictBodySchema = errorBodySchema.extend({ current: observationStateSchema.optional() });
/** 422: warnings to acknowledge before the save goes through. */
export const warningsBodySchema = errorBodySchema.extend({ warnings: z.array(entryWarningSchema) });

export const targetSavedSchema = z.object({ revision: z.number().int() });
export type TargetSaved = z.infer<typeof targetSavedSchema>;

/**
 * A figure in the approvers' queue, with the evidence to judge its draft by: last year's published
 * figure (for the change) and the author's name as people know them.
 */
export const pendingDraftSchema = observationStateSchema.extend({
  /** The published figure of the year before; null when there is none. */
  previous: figureSchema.nullable(),
  /** The draft author's display name (the username when the account no longer exists). */
  authorName: z.string(),
  /** The figure's unit as org_units names it ("Tam Thanh", a ward); null for a code it does not hold. */
  unit: z.object({ name: z.string(), kind: orgUnitKindSchema }).nullable(),
});
export type PendingDraft = z.infer<typeof pendingDraftSchema>;

export const draftListSchema = z.object({ drafts: z.array(pendingDraftSchema) });
export type DraftList = z.infer<typeof draftListSchema>;
