import { z } from './zod.js';
import { MAX_SCHEDULE_SETS, minutesOfDay, weekdays } from '../screen-schedule.js';
import { slideSchema } from './slide.js';

/**
 * A screen's schedule: sets of slides for hours of chosen days (a morning briefing, an all-day
 * set), in the province's local time, Asia/Ho_Chi_Minh, whatever the zone of the screen's own
 * browser: a TV set up on UTC still starts the briefing at 08:00 in Lạng Sơn.
 */

/** Days as the week runs in Vietnam, Monday first. */
export const weekdaySchema = z.enum(weekdays);
export type Weekday = z.infer<typeof weekdaySchema>;

/** `HH:MM` on the 24-hour clock; `24:00` ends a set at midnight, so a whole day is `00:00`–`24:00`. */
const CLOCK_TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const clockTimeSchema = z.string().regex(CLOCK_TIME, 'time-format');

export const scheduleSetSchema = z
  .object({
    name: z.string().trim().min(1, 'required').max(100, 'too-long'),
    days: z
      .array(weekdaySchema)
      .min(1, 'required')
      .max(7, 'invalid')
      .refine((days) => new Set(days).size === days.length, 'duplicate'),
    start: clockTimeSchema,
    end: clockTimeSchema,
    playlist: z.array(slideSchema).min(1, 'required').max(50, 'invalid'),
  })
  // A set runs within one day: one past midnight would belong to two days at once, so it is two sets.
  // (zod runs this even when a time is malformed: that time's own message is the one to show.)
  .refine((set) => !CLOCK_TIME.test(set.start) || !CLOCK_TIME.test(set.end) || minutesOfDay(set.end) > minutesOfDay(set.start), {
    message: 'end-after-start',
    path: ['end'],
  });
export type ScheduleSet = z.infer<typeof scheduleSetSchema>;

/** Whether two sets share a minute on some day. */
const overlap = (a: ScheduleSet, b: ScheduleSet) =>
  a.days.some((day) => b.days.includes(day)) && minutesOfDay(a.start) < minutesOfDay(b.end) && minutesOfDay(b.start) < minutesOfDay(a.end);

/**
 * The sets in order, none sharing a minute with another: at any instant one set plays or none, so
 * the order never has to break a tie. The later of two overlapping sets is the one named (`N.start`).
 */
export const screenScheduleSchema = z
  .array(scheduleSetSchema)
  .max(MAX_SCHEDULE_SETS, 'too-many-sets')
  .superRefine((sets, ctx) => {
    sets.forEach((set, i) => {
      if (sets.slice(0, i).some((earlier) => overlap(earlier, set))) ctx.addIssue({ code: 'custom', message: 'sets-overlap', path: [i, 'start'] });
    });
  });

/** What a screen shows when no set is on: its default playlist, or a dimmed clock ("off outside hours"). */
export const outsideScheduleSchema = z.enum(['playlist', 'clock']);
export type OutsideSchedule = z.infer<typeof outsideScheduleSchema>;
