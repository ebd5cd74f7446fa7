import { z } from 'zod';
import { isoDateSchema } from './common.js';

export const sourceKinds = ['resolution', 'decision', 'plan', 'scheme', 'directive', 'report', 'ranking', 'news'] as const;
export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** A document a figure or target comes from: a resolution, a plan, the department's report, a news item. */
export const sourceSchema = z.object({
  id: z.number().int(),
  /** Official number such as `17/NQ-CP`; news items and reports often have none. */
  number: z.string().nullable(),
  title: z.string(),
  issuer: z.string().nullable(),
  date: isoDateSchema.nullable(),
  kind: sourceKindSchema,
  url: z.url().nullable(),
  note: z.string().nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourceListSchema = z.object({ sources: z.array(sourceSchema) });
export type SourceList = z.infer<typeof sourceListSchema>;
