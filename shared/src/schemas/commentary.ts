import { z } from './zod.js';
import { errorBodySchema } from './common.js';
import { revisionStateSchema } from './entry.js';
import { orgUnitKindSchema } from './org-unit.js';

/**
 * Commentary on an indicator's year, the province's or a unit's: what happened (the analysis) and
 * what we will do about it (actions: what, who, by when). Written by analysts as drafts and
 * published with four eyes, like figures. One set of schemas for the editor, the server's
 * validation and the readers; messages are keys of validation-messages.ts.
 */

/** Long enough for a page of analysis, short enough to read on the indicator page and in the review. */
export const ANALYSIS_MAX = 4000;
/** A plan of more than a dozen actions for one indicator's year is no plan a leader follows. */
export const ACTIONS_MAX = 12;

const text = (max: number) => z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'too-long');

export const commentaryActionSchema = z.object({
  what: text(500),
  /** The person or body responsible, as people name them ("Phòng Bưu chính", "UBND xã Tam Thanh"). */
  who: text(200),
  /** By when; null for an ongoing action. */
  due: z.iso.date({ error: 'date-format' }).nullable(),
  done: z.boolean().default(false),
});
export type CommentaryAction = z.infer<typeof commentaryActionSchema>;

/** What a commentary holds. Paragraphs are separated by blank lines; the text stays plain. */
export const commentaryContentSchema = z.object({
  analysis: z.string({ error: 'required' }).trim().max(ANALYSIS_MAX, 'too-long'),
  actions: z.array(commentaryActionSchema).max(ACTIONS_MAX, 'too-many'),
});
export type CommentaryContent = z.infer<typeof commentaryContentSchema>;

/** What an analyst sends: the content and the commentary's version it is based on (0 for a new one). */
export const commentaryEntrySchema = commentaryContentSchema
  .extend({ version: z.number().int().min(0) })
  .refine((c) => c.analysis.length > 0 || c.actions.length > 0, { message: 'commentary-empty', path: ['analysis'] });
export type CommentaryEntry = z.infer<typeof commentaryEntrySchema>;
export type CommentaryEntryInput = z.input<typeof commentaryEntrySchema>;

export const commentaryRevisionSchema = commentaryContentSchema.extend({
  id: z.number().int(),
  state: revisionStateSchema,
  createdBy: z.string(),
  createdAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
});
export type CommentaryRevision = z.infer<typeof commentaryRevisionSchema>;

/** A commentary as analysts see it: the published revision, the pending draft, and the history (newest first). */
export const commentaryStateSchema = z.object({
  indicatorCode: z.string(),
  year: z.number().int(),
  orgUnit: z.string(),
  /** 0 when nothing has been written yet. */
  version: z.number().int().min(0),
  published: commentaryRevisionSchema.nullable(),
  draft: commentaryRevisionSchema.nullable(),
  history: z.array(commentaryRevisionSchema),
});
export type CommentaryState = z.infer<typeof commentaryStateSchema>;

/** What readers get: the published commentary only, or null. */
export const publishedCommentarySchema = z.object({
  indicatorCode: z.string(),
  year: z.number().int(),
  orgUnit: z.string(),
  commentary: commentaryContentSchema.extend({ publishedAt: z.string() }).nullable(),
});
export type PublishedCommentary = z.infer<typeof publishedCommentarySchema>;

/** A commentary in the approvers' queue, with its author's name and its unit's, as figures are. */
export const pendingCommentarySchema = commentaryStateSchema.extend({
  authorName: z.string(),
  unit: z.object({ name: z.string(), kind: orgUnitKindSchema }).nullable(),
});
export type PendingCommentary = z.infer<typeof pendingCommentarySchema>;

export const commentaryDraftListSchema = z.object({ drafts: z.array(pendingCommentarySchema) });
export type CommentaryDraftList = z.infer<typeof commentaryDraftListSchema>;

/** 409: the commentary changed since the caller loaded it; `current` is how it is now. */
export const commentaryConflictSchema = errorBodySchema.extend({ current: commentaryStateSchema.optional() });

/**
 * A published action with a due date, for the calendar and the inbox: whose indicator, unit and
 * year it belongs to, and what is due by when.
 */
export const dueActionSchema = z.object({
  indicatorCode: z.string(),
  orgUnit: z.string(),
  year: z.number().int(),
  due: z.string(),
  what: z.string(),
  who: z.string(),
  done: z.boolean(),
});
export type DueAction = z.infer<typeof dueActionSchema>;
