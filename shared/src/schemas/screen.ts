import { z } from './zod.js';
import { localeSchema, yearSchema } from './common.js';
import { catalogueSchema, dashboardSchema } from './dashboard.js';
import { indicatorCodeSchema } from './indicator.js';
import { peerRanksSchema } from './ranking.js';
import { outsideScheduleSchema, screenScheduleSchema } from './screen-schedule.js';
import { slideSchema } from './slide.js';
import { unitBreakdownSchema } from './unit-breakdown.js';

export const screenThemeSchema = z.enum(['night', 'day']);

/** The fields as they are, without defaults: a change names only what it changes. */
const screenFieldsSchema = z.object({
  name: z.string().trim().min(1, 'required').max(100, 'too-long'),
  language: localeSchema,
  theme: screenThemeSchema,
  secondsPerSlide: z.number().int('integer-required').min(1, 'invalid').max(600, 'invalid'),
  playlist: z.array(slideSchema).min(1, 'required').max(50, 'invalid'),
  /** The year whose figures the screen shows; null follows the latest year with published data. */
  year: yearSchema.nullable(),
  /** Sets of slides by day and hour (screen-schedule.ts); the playlist plays outside them, or the clock. */
  schedule: screenScheduleSchema,
  outsideSchedule: outsideScheduleSchema,
});

export const screenSettingsSchema = screenFieldsSchema.extend({
  language: screenFieldsSchema.shape.language.default('vi'),
  /** Night by default: a dark screen is kinder in a dim meeting room and on a TV all day. */
  theme: screenFieldsSchema.shape.theme.default('night'),
  secondsPerSlide: screenFieldsSchema.shape.secondsPerSlide.default(20),
  /** Following the latest year by default: a screen moves on to a new year's figures without anyone touching it. */
  year: screenFieldsSchema.shape.year.default(null),
  /** No sets and the playlist all day: what every screen did before schedules. */
  schedule: screenFieldsSchema.shape.schedule.default([]),
  outsideSchedule: screenFieldsSchema.shape.outsideSchedule.default('playlist'),
});
export type ScreenSettings = z.infer<typeof screenSettingsSchema>;

export const screenSchema = screenSettingsSchema.extend({
  id: z.number().int(),
  /** False once its token is revoked; a new token makes it active again. */
  active: z.boolean(),
  tokenIssuedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Screen = z.infer<typeof screenSchema>;

export const screenListSchema = z.object({ screens: z.array(screenSchema) });
export type ScreenList = z.infer<typeof screenListSchema>;

/** The one time a token is shown: in the URL to open on the screen. */
export const screenIssuedSchema = z.object({ screen: screenSchema, token: z.string(), url: z.string() });
export type ScreenIssued = z.infer<typeof screenIssuedSchema>;

/**
 * A PATCH: only the fields it names change. Built from the fields without their defaults, since
 * zod 4 fills a default even inside `.partial()` and would reset every field left out.
 */
export const updateScreenBodySchema = screenFieldsSchema.partial().extend({ version: z.number().int().min(1) });

export const screenParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const screenTokenQuerySchema = z.object({ token: z.string().min(1, 'required').max(200) });

/** Everything a screen needs, readable with its token alone: its settings and the published overview. */
export const screenContentSchema = z.object({
  screen: screenSettingsSchema.extend({ id: z.number().int() }),
  dashboard: dashboardSchema,
  /** The names its cards refer to: a screen reads everything in one request. */
  catalogue: catalogueSchema,
  /**
   * The breakdown by unit of each indicator a `units` slide names (in the playlist or a scheduled set), by code: of the screen's year,
   * or for a screen following the latest year, of the latest year a unit reported (communes report
   * apart from the province). An indicator no longer in the catalogue has none.
   */
  units: z.record(indicatorCodeSchema, unitBreakdownSchema),
  /** The ranks each peers slide shows (playlist and sets), keyed by `peerSlideKey` (absent without such slides). */
  peerRanks: z.record(z.string(), peerRanksSchema).optional(),
  /** Bumps with every change of published data; the events stream announces new ones. */
  dataVersion: z.number().int(),
});
export type ScreenContent = z.infer<typeof screenContentSchema>;

/** Body of a token re-issue or revocation: the screen version it is based on. */
export const screenVersionBodySchema = z.object({ version: z.number().int().min(1) });
