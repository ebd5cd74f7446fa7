import { z } from './zod.js';
import { localeSchema } from './common.js';
import { indicatorGroupSchema } from './indicator.js';
import { sourceSchema } from './source.js';

/** One sentence of the yearly review, with the numbered sources it rests on. */
export const reviewSentenceSchema = z.object({
  indicatorCode: z.string(),
  text: z.string(),
  refs: z.array(z.number().int()),
});

/**
 * "Analysis and actions": the year's published commentary, per indicator (and unit), its analysis
 * in paragraphs and its actions as sentences (who, by when, overdue in words). review/tasks.ts.
 */
export const reviewTasksSchema = z.object({
  heading: z.string(),
  items: z.array(z.object({ indicatorCode: z.string(), orgUnit: z.string(), title: z.string(), analysis: z.array(z.string()), actions: z.array(z.string()) })),
  /** Said when no commentary was published for the year; null otherwise. */
  empty: z.string().nullable(),
});
export type ReviewTasks = z.infer<typeof reviewTasksSchema>;

/** The yearly review drafted from the data, in the register of the department's own report. */
export const reviewSchema = z.object({
  year: z.number().int(),
  locale: localeSchema,
  title: z.string(),
  intro: z.string(),
  sections: z.array(z.object({ group: indicatorGroupSchema, heading: z.string(), sentences: z.array(reviewSentenceSchema) })),
  /** Where Lạng Sơn stands among the provinces in the year's ranking table (review/among-provinces.ts); null without a table. */
  amongProvinces: z
    .object({ heading: z.string(), text: z.string(), refs: z.array(z.number().int()) })
    .nullable()
    .optional(),
  /**
   * "Where we are heading": a sentence per indicator with two figures or more, from the outlook the
   * cards show (the projection to its target year, or its trend without a target), citing as above.
   */
  outlook: z.object({ heading: z.string(), sentences: z.array(reviewSentenceSchema), empty: z.string().nullable() }),
  /** "Analysis and actions" (reviewTasksSchema); a review is built on each request, so every one has it. */
  tasks: reviewTasksSchema,
  /** Data-quality notes, each citing the figure's source like the sentence it qualifies. */
  caveats: z.array(z.object({ text: z.string(), refs: z.array(z.number().int()) })),
  /**
   * Numbered as the sentences cite them: [1], [2]… One entry per document and place in it, so a
   * figure traces to the paragraph, page or table it was read from (`locator`), not just the document.
   */
  sources: z.array(z.object({ n: z.number().int(), source: sourceSchema, locator: z.string().nullable(), label: z.string() })),
  generatedAt: z.string(),
});
export type Review = z.infer<typeof reviewSchema>;

export const reviewParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const reviewQuerySchema = z.object({ lang: localeSchema.default('vi') });
