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

const optional = (max: number) => z.string().trim().max(max, 'too-long').nullable().optional().transform((v) => v || null);

/** A document an analyst adds while entering a figure: `17/NQ-CP`, its title, issuer, date, link. */
export const newSourceSchema = z.object({
  number: optional(60),
  title: z.string().trim().min(1, 'required').max(500, 'too-long'),
  issuer: optional(200),
  date: isoDateSchema.nullable().optional().transform((v) => v ?? null),
  kind: sourceKindSchema,
  url: z.url({ protocol: /^https?$/, error: 'invalid' }).max(2000, 'too-long').nullable().optional().transform((v) => v ?? null),
  note: optional(2000),
});
export type NewSource = z.infer<typeof newSourceSchema>;
