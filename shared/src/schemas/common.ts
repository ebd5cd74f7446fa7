import { locales, MAX_YEAR, MIN_YEAR } from '../constants.js';
import { z } from './zod.js';

export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const localizedTextSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A calendar date without time, as the documents give it: `2019-03-07`. */
export const isoDateSchema = z.iso.date();

export const yearSchema = z.number().int().min(MIN_YEAR).max(MAX_YEAR);

/** One error shape for every 4xx and 5xx (docs/architecture.md). */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A 429: the error, and the instant from which to try again (also as seconds in Retry-After). */
export const retryLaterBodySchema = errorBodySchema.extend({ retryAt: z.iso.datetime() });
export type RetryLaterBody = z.infer<typeof retryLaterBodySchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  /** A query against the file answered: how long it took, and the journal mode (`wal`). */
  database: z.object({ status: z.literal('ok'), latencyMs: z.number(), journalMode: z.string() }),
  indicators: z.number().int(),
  dataVersion: z.number().int(),
});
export type Health = z.infer<typeof healthSchema>;

/** The body of a 204 answer. */
export const noContentSchema = z.null();

/** A row of an uploaded file in a dry run (the units' file, a ranking table): what its run would do. */
export const fileRowStatusSchema = z.enum(['new', 'changed', 'unchanged', 'refused']);
export type FileRowStatus = z.infer<typeof fileRowStatusSchema>;
