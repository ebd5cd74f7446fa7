import { MAX_YEAR, MIN_YEAR } from '../constants.js';
import { errorBodySchema } from './common.js';
import { indicatorCodeSchema, indicatorDefinitionSchema } from './indicator.js';
import { z } from './zod.js';

/*
 * The catalogue as data: a change to an indicator's definition is a draft that another approver
 * publishes or returns, like a figure (entry.ts), at the version it was based on.
 */

export const definitionRevisionStates = ['draft', 'published', 'returned', 'superseded'] as const;

/** One proposed definition: pending, published, returned with a comment, or replaced by a later one. */
export const definitionRevisionSchema = z.object({
  id: z.number().int(),
  state: z.enum(definitionRevisionStates),
  definition: indicatorDefinitionSchema,
  /** The catalogue entry's version the proposal was made against (0: a new indicator). */
  baseVersion: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
});
export type DefinitionRevision = z.infer<typeof definitionRevisionSchema>;

/**
 * An indicator's catalogue entry: its published definition (null until one is published), its
 * pending draft, and its history, newest first. `version` moves with every write to either, and
 * every write names it; 0 for a code never proposed.
 */
export const definitionStateSchema = z.object({
  code: indicatorCodeSchema,
  version: z.number().int(),
  published: indicatorDefinitionSchema.nullable(),
  /**
   * Figures entered (published, pending or returned) fix the kind and unit: every revision's numbers
   * are read by the indicator's kind, so a change of either is a new indicator that continues this one.
   */
  hasFigures: z.boolean(),
  draft: definitionRevisionSchema.nullable(),
  history: z.array(definitionRevisionSchema),
});
export type DefinitionState = z.infer<typeof definitionStateSchema>;

/** The list leaves each history out but its newest revision: a returned draft says who returned it. */
export const definitionListEntrySchema = definitionStateSchema.omit({ history: true }).extend({ latest: definitionRevisionSchema.nullable() });
export type DefinitionListEntry = z.infer<typeof definitionListEntrySchema>;
export const definitionListSchema = z.object({ definitions: z.array(definitionListEntrySchema) });
export type DefinitionList = z.infer<typeof definitionListSchema>;

const versionSchema = z.number({ error: 'integer-required' }).int('integer-required').min(0, 'non-negative');

/** A proposed definition, at the entry's current version (0 for a new indicator). */
export const definitionDraftBodySchema = z.object({ version: versionSchema, definition: indicatorDefinitionSchema });
export type DefinitionDraftBody = z.infer<typeof definitionDraftBodySchema>;

/** A proposal to retire the indicator from a data year on (as a draft, published by another approver). */
export const retireBodySchema = z.object({
  version: versionSchema,
  fromYear: z.number({ error: 'year-range' }).int('year-range').min(MIN_YEAR, 'year-range').max(MAX_YEAR, 'year-range'),
});

export const definitionParamsSchema = z.object({ code: indicatorCodeSchema });

/** 409: stale version, or a kind or unit that entered figures fix; `current` is the entry as it is now. */
export const definitionConflictBodySchema = errorBodySchema.extend({ current: definitionStateSchema.optional() });
