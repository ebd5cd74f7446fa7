import { figureBases } from '../constants.js';
import { z } from './zod.js';
import { isoDateSchema, yearSchema } from './common.js';
import { sourceIdField, sourceSchema, type Cited } from './source.js';

export const milestoneStates = ['not-started', 'in-progress', 'done'] as const;
export const milestoneStateSchema = z.enum(milestoneStates);
export type MilestoneState = z.infer<typeof milestoneStateSchema>;

export const figureBasisSchema = z.enum(figureBases);

/** What every figure carries besides its numbers: when, where from, and its provenance. */
const figureBase = {
  year: yearSchema,
  orgUnit: z.string(),
  /** The date the figure describes when that is not the year's end ("100 % as of 08/6/2021"). */
  asOf: isoDateSchema.nullable(),
  source: sourceSchema.nullable(),
  /** Where in the source: paragraph, page, table. */
  locator: z.string().nullable(),
  /** The note in Vietnamese, and in English where it was written (`shared/src/notes.ts` picks one). */
  note: z.string().nullable(),
  noteEn: z.string().nullable(),
  /** The figure exactly as the source writes it, e.g. `29.71%`. */
  publishedText: z.string().nullable(),
  /** Stated by the source, derived from what it states, or assumed: shown wherever the figure is. */
  basis: figureBasisSchema,
  version: z.number().int().min(1),
  /** When an approver published this figure (absent on drafts). */
  approvedAt: z.string().nullable().optional(),
};

export const ratioFigureSchema = z.object({
  kind: z.literal('ratio'),
  ...figureBase,
  numerator: z.number().int().min(0),
  denominator: z.number().int().min(1),
  /** The rate the source publishes, kept even where it disagrees with numerator / denominator. */
  published: z.number().nullable(),
  /** numerator / denominator in percent, computed by `ratePercent` — never stored. */
  rate: z.number(),
});

export const valueFigureSchema = z.object({
  kind: z.literal('value'),
  ...figureBase,
  value: z.number(),
});

export const rankFigureSchema = z.object({
  kind: z.literal('rank'),
  ...figureBase,
  position: z.number().int().min(1),
  /** How many were ranked that year: 63 provinces up to data year 2023, 34 from 2024. */
  outOf: z.number().int().min(1),
  /** position / outOf, the comparable measure across years with different N. */
  percentile: z.number(),
});

export const milestoneFigureSchema = z.object({
  kind: z.literal('milestone'),
  ...figureBase,
  state: milestoneStateSchema,
  /** Done on, or due by. */
  date: isoDateSchema.nullable(),
});

export const figureSchema = z.discriminatedUnion('kind', [ratioFigureSchema, valueFigureSchema, rankFigureSchema, milestoneFigureSchema]);
export type Figure = z.infer<typeof figureSchema>;
export type RatioFigure = z.infer<typeof ratioFigureSchema>;
export type RankFigure = z.infer<typeof rankFigureSchema>;

/**
 * A figure as a card shows it: its numbers, year and dates, the source's wording, when it was
 * approved and the document it comes from (a task keeps its note, which says where it stands).
 * Where in the document, other notes and versions are on the indicator's page: leaving them out
 * keeps the overview's body small, and it is read far more often than anything else.
 */
const taskProvenance = { orgUnit: true, locator: true, version: true, source: true } as const;
const provenance = { ...taskProvenance, note: true, noteEn: true } as const;
export const dashboardFigureSchema = z.discriminatedUnion('kind', [
  ratioFigureSchema.omit(provenance).extend(sourceIdField),
  valueFigureSchema.omit(provenance).extend(sourceIdField),
  rankFigureSchema.omit(provenance).extend(sourceIdField),
  milestoneFigureSchema.omit(taskProvenance).extend(sourceIdField),
]);
export type DashboardFigure = z.infer<typeof dashboardFigureSchema>;

/** On the card, joined with the catalogue: the document's number and title. */
export type FigureSummary = Cited<DashboardFigure>;
export type RatioFigureSummary = Extract<FigureSummary, { kind: 'ratio' }>;
