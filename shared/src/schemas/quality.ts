import { z } from './zod.js';

/** A data-quality finding the UI must show: leaders see it on the card, analysts on the form. */
export const dataQualityFlagSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('published-mismatch'),
    year: z.number().int(),
    published: z.number(),
    computed: z.number(),
  }),
  z.object({
    code: z.literal('rank-scale-changed'),
    year: z.number().int(),
    fromOutOf: z.number().int(),
    toOutOf: z.number().int(),
  }),
]);
export type DataQualityFlag = z.infer<typeof dataQualityFlagSchema>;

/** Change since the previous figure; for ranks `delta` is places gained (50 → 26 is +24). */
export const changeSchema = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  measure: z.enum(['places', 'percentage-points', 'value']),
  delta: z.number(),
  /** Whether the change is an improvement given the direction; null when unchanged. */
  improved: z.boolean().nullable(),
});
export type Change = z.infer<typeof changeSchema>;
