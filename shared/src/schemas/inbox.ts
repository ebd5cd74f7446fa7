import { isoDateSchema, localizedTextSchema } from './common.js';
import { unitRefSchema } from './completeness.js';
import { statusSchema } from './status.js';
import { z } from './zod.js';

/**
 * What waits for a signed-in user: figures due soon or overdue, drafts waiting for their approval,
 * drafts returned to them, indicators whose status just worsened. Derived on each read from the
 * calendar and the figures, never stored (a notification is no second source of truth). Each item
 * is a discriminated union member on `kind`, so other dated items (an action's due date) can join.
 */
export const inboxKinds = ['overdue', 'due-soon', 'awaiting-approval', 'returned', 'worsened', 'action-due'] as const;
export const inboxKindSchema = z.enum(inboxKinds);
export type InboxKind = z.infer<typeof inboxKindSchema>;

const base = {
  indicator: z.object({ code: z.string(), name: localizedTextSchema }),
  year: z.number().int(),
  /** The app's path where the item is resolved: the entry form, the approval queue, the indicator's page. */
  link: z.string(),
};

/** Where an expected figure stands: not entered, a draft awaiting approval, or sent back. */
export const dueFigureStateSchema = z.enum(['missing', 'draft', 'returned']);

const dueFields = {
  ...base,
  due: isoDateSchema,
  /** The figures of this indicator and year not yet published, the province first. */
  units: z.array(unitRefSchema.extend({ state: dueFigureStateSchema })),
  /** `mine`: the user answers for them; `department`: an approver's view of everyone's. */
  scope: z.enum(['mine', 'department']),
};

export const inboxItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overdue'), ...dueFields }),
  z.object({ kind: z.literal('due-soon'), ...dueFields }),
  z.object({
    kind: z.literal('awaiting-approval'),
    ...base,
    unit: unitRefSchema,
    author: z.string(),
    savedAt: z.string(),
  }),
  z.object({
    kind: z.literal('returned'),
    ...base,
    unit: unitRefSchema,
    comment: z.string().nullable(),
    returnedBy: z.string().nullable(),
    returnedAt: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('worsened'),
    ...base,
    from: statusSchema,
    to: statusSchema,
    publishedAt: z.string(),
  }),
  /**
   * A published action (commentary's "what we will do, who, by when") not done, due within the
   * inbox's days or overdue. `mine`: the user answers for the indicator in the reporting calendar.
   */
  z.object({
    kind: z.literal('action-due'),
    ...base,
    unit: unitRefSchema,
    due: isoDateSchema,
    what: z.string(),
    who: z.string(),
    overdue: z.boolean(),
    scope: z.enum(['mine', 'department']),
  }),
]);
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxSchema = z.object({
  /** The day the inbox was drawn up for (Asia/Ho_Chi_Minh). */
  today: isoDateSchema,
  /** "Due soon" reaches this many days ahead (INBOX_DUE_DAYS). */
  dueDays: z.number().int(),
  counts: z.record(inboxKindSchema, z.number().int()),
  items: z.array(inboxItemSchema),
});
export type Inbox = z.infer<typeof inboxSchema>;
