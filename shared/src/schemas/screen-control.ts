import { z } from './zod.js';

/**
 * What an admin sends a screen through its live stream: reload the page, show one slide now
 * (1-based, as the admin's list numbers them), or blank it for a confidential meeting until unblanked.
 */
export const screenCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reload') }),
  z.object({ type: z.literal('blank') }),
  z.object({ type: z.literal('unblank') }),
  z.object({ type: z.literal('show-slide'), slide: z.number().int('integer-required').min(1, 'slide-range').max(50, 'slide-range') }),
]);
export type ScreenCommand = z.infer<typeof screenCommandSchema>;

/** How many open streams of the screen a command reached: 0 when it is not connected. */
export const screenCommandSentSchema = z.object({ delivered: z.number().int() });
export type ScreenCommandSent = z.infer<typeof screenCommandSentSchema>;

/** What a screen reports as it runs: the slide on show (1-based), its viewport and the data version it shows. */
export const screenStatusReportSchema = z.object({
  slide: z.number().int().min(1).max(50),
  slides: z.number().int().min(1).max(50),
  width: z.number().int().min(1).max(20_000),
  height: z.number().int().min(1).max(20_000),
  dataVersion: z.number().int().min(0),
});
export type ScreenStatusReport = z.infer<typeof screenStatusReportSchema>;

/** One screen's health as the admin sees it: from its live stream now, or when it was last seen. */
export const screenHealthSchema = z.object({
  id: z.number().int(),
  /** At least one live stream open now. */
  online: z.boolean(),
  connectedSince: z.string().nullable(),
  /** When its last stream closed (null: never connected since this feature, or online). */
  lastSeenAt: z.string().nullable(),
  /** Its last report (null until one arrives). */
  report: screenStatusReportSchema.nullable(),
  /** It showed an older data version than the current one at its last report: a publication has not reached it. */
  behind: z.boolean(),
  userAgent: z.string().nullable(),
  /** Dark longer than SCREEN_DARK_AFTER_MINUTES after having been seen. */
  dark: z.boolean(),
  /** Blanked from the admin's page, until unblanked. */
  blanked: z.boolean(),
});
export type ScreenHealth = z.infer<typeof screenHealthSchema>;

export const screenHealthListSchema = z.object({
  screens: z.array(screenHealthSchema),
  darkAfterMinutes: z.number().int(),
});
export type ScreenHealthList = z.infer<typeof screenHealthListSchema>;
