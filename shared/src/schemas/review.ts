import { z } from 'zod';
import { localeSchema } from './common.js';
import { indicatorGroupSchema } from './indicator.js';
import { sourceSchema } from './source.js';

/** One sentence of the yearly review, with the numbered sources it rests on. */
export const reviewSentenceSchema = z.object({
  indicatorCode: z.string(),
  text: z.string(),
  refs: z.array(z.number().int()),
});

/** The yearly review drafted from the data, in the register of the department's own report. */
export const reviewSchema = z.object({
  year: z.number().int(),
  locale: localeSchema,
  title: z.string(),
  intro: z.string(),
  sections: z.array(z.object({ group: indicatorGroupSchema, heading: z.string(), sentences: z.array(reviewSentenceSchema) })),
  caveats: z.array(z.string()),
  /** Numbered as the sentences cite them: [1], [2]… */
  sources: z.array(z.object({ n: z.number().int(), source: sourceSchema, label: z.string() })),
  generatedAt: z.string(),
});
export type Review = z.infer<typeof reviewSchema>;

export const reviewParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const reviewQuerySchema = z.object({ lang: localeSchema.default('vi') });
