import { z } from './zod.js';
import { isoDateSchema } from './common.js';

export const sourceKinds = ['resolution', 'decision', 'plan', 'scheme', 'directive', 'report', 'ranking', 'news'] as const;
export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** The document itself, stored with the source (a scanned PDF or image). */
export const sourceFileSchema = z.object({
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type SourceFile = z.infer<typeof sourceFileSchema>;

/** A document a figure or target comes from: a resolution, a plan, the department's report, a news item. */
export const sourceSchema = z.object({
  id: z.number().int(),
  /** Official number such as `17/NQ-CP`; news items and reports often have none. */
  number: z.string().nullable(),
  title: z.string(),
  /** The body that issued the document or figure; null when no source says which. */
  issuer: z.string().nullable(),
  /** Where it was published or read when that is not the issuer: a newspaper, a website. */
  publisher: z.string().nullable(),
  date: isoDateSchema.nullable(),
  kind: sourceKindSchema,
  url: z.url().nullable(),
  /** The note in Vietnamese, and in English where it was written (`shared/src/notes.ts` picks one). */
  note: z.string().nullable(),
  noteEn: z.string().nullable(),
  /** Present when the document itself is stored: GET /api/sources/:id/file. */
  file: sourceFileSchema.nullable().optional(),
  /**
   * In the source lists: true once published data cites it (a figure as published, current or
   * since corrected, or a target). It is evidence then: public, and its document can no longer be
   * attached or replaced; a correction cites a new source instead.
   */
  cited: z.boolean().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A document as a card cites it: its number, or its title where it has none (the rest is on the indicator's page). */
export const sourceRefSchema = sourceSchema.pick({ id: true, number: true, title: true });
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** On the wire (`GET /api/dashboard`) a document is named by its id; the catalogue has its number and title. */
export const sourceIdField = { sourceId: z.number().int().nullable() };

/** A dashboard object joined with the catalogue (shared/src/catalogue.ts): its `sourceId` becomes the document. */
export type Cited<T> = T extends unknown ? Omit<T, 'sourceId'> & { source: SourceRef | null } : never;

export const sourceListSchema = z.object({ sources: z.array(sourceSchema) });
export type SourceList = z.infer<typeof sourceListSchema>;

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'too-long')
    .nullable()
    .optional()
    .transform((v) => v || null);

/** A link to a document: on the web, never a script or a file on someone's machine. */
export const webAddressSchema = z.url({ protocol: /^https?$/, error: 'invalid' }).max(2000, 'too-long');

/** A document an analyst adds while entering a figure: `17/NQ-CP`, its title, issuer, date, link. */
export const newSourceSchema = z.object({
  number: optional(60),
  title: z.string().trim().min(1, 'required').max(500, 'too-long'),
  issuer: optional(200),
  publisher: optional(200),
  date: isoDateSchema
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  kind: sourceKindSchema,
  url: webAddressSchema
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  note: optional(2000),
  noteEn: optional(2000),
});
export type NewSource = z.infer<typeof newSourceSchema>;

/** Media types a source file may have; the server checks the bytes, not the name. */
export const sourceFileTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/tiff'] as const;
export const MAX_SOURCE_FILE_BYTES = 10 * 1024 * 1024;

export const sourceParamsSchema = z.object({ id: z.coerce.number().int().positive() });
