import { z } from './zod.js';
import { MAX_YEAR, MIN_YEAR, PROVINCE_UNIT } from '../constants.js';
import { orgUnitCodeSchema } from './org-unit.js';

/**
 * Where each figure of one year stands, for the analysts' list of indicators: one answer for the
 * whole year, so the list needs no request per indicator. An indicator that is absent has not
 * been entered for that year.
 */
export const entryStates = ['published', 'draft', 'returned'] as const;
export const entryStateSchema = z.enum(entryStates);
export type EntryState = z.infer<typeof entryStateSchema>;

export const entryStatusSchema = z.object({
  indicatorCode: z.string(),
  /** The state of the figure's latest revision: a draft awaiting approval, one sent back, or the published one. */
  state: entryStateSchema,
  /** Whether the public sees a figure for this year, whatever the latest revision is. */
  hasPublished: z.boolean(),
  /** The approver's comment when the latest revision was returned. */
  returnComment: z.string().nullable(),
});
export type EntryStatus = z.infer<typeof entryStatusSchema>;

export const yearEntryStatesSchema = z.object({ year: z.number().int(), figures: z.array(entryStatusSchema) });
export type YearEntryStates = z.infer<typeof yearEntryStatesSchema>;

export const entryStatesQuerySchema = z.object({
  year: z.coerce.number({ error: 'year-range' }).int('year-range').min(MIN_YEAR, 'year-range').max(MAX_YEAR, 'year-range'),
  /** Whose figures: a commune's or ward's (a commune user's list), the province's when absent. */
  unit: orgUnitCodeSchema.default(PROVINCE_UNIT),
});
