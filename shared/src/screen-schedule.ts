/**
 * What a meeting-room screen plays at an instant: the schedule's set whose days and hours hold it,
 * else the default playlist or, when the admin chose "off outside hours", the clock; and when that
 * next changes, so a screen sets one timer for the boundary instead of asking every second.
 * Hours are the province's (Asia/Ho_Chi_Minh), never the zone of the browser that shows them.
 * No zod here: the screen page resolves its schedule without loading a schema.
 */
import { TIME_ZONE } from './format.js';
import type { OutsideSchedule, ScheduleSet } from './schemas/screen-schedule.js';
import type { Slide } from './schemas/slide.js';

/** Days as the week runs in Vietnam, Monday first: the schedule's `days` use these. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Enough for a working week's briefings and more; a list an admin can still read at a glance. */
export const MAX_SCHEDULE_SETS = 12;

/** Minutes since midnight of a valid `HH:MM` (`24:00` is 1440, the end of the day). */
export const minutesOfDay = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const DAY = 24 * 60;
const WEEK = 7 * DAY;

/** A set by its place in the schedule, the default playlist, or the dimmed clock. */
export type Playing = { kind: 'set'; index: number } | { kind: 'playlist' } | { kind: 'clock' };

export interface ScheduleNow {
  playing: Playing;
  /** The first instant something else plays; null when the same thing plays all week. */
  nextChange: Date | null;
}

export interface ScheduleSettings {
  schedule: readonly ScheduleSet[];
  outsideSchedule: OutsideSchedule;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The local wall clock at an instant in a zone: minutes since Monday 00:00, and how far into the minute. */
function wallClock(at: Date, timeZone: string): { minute: number; msIntoMinute: number } {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    partsFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = part;
  // The local date as if it were UTC, to ask which weekday it is; Sunday is 0 there, 6 here.
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return { minute: weekday * DAY + hour * 60 + minute, msIntoMinute: second * 1000 + at.getUTCMilliseconds() };
}

/** Which set holds a minute of the week; the schema keeps sets from overlapping, so the first is the only one. */
function setAt(schedule: readonly ScheduleSet[], minute: number): number {
  const day = weekdays[Math.floor(minute / DAY)]!;
  const inDay = minute % DAY;
  return schedule.findIndex((set) => set.days.includes(day) && minutesOfDay(set.start) <= inDay && inDay < minutesOfDay(set.end));
}

function playingAt({ schedule, outsideSchedule }: ScheduleSettings, minute: number): Playing {
  const index = setAt(schedule, minute);
  if (index >= 0) return { kind: 'set', index };
  return { kind: outsideSchedule };
}

const same = (a: Playing, b: Playing) => a.kind === b.kind && (a.kind !== 'set' || a.index === (b as { index: number }).index);

/**
 * What plays at `at` and when that changes. The change is found on the wall clock (the next set
 * start or end at which something else plays) and turned back into an instant by adding the
 * minutes to it, which holds in a zone without daylight saving such as Vietnam's.
 */
export function scheduleAt(settings: ScheduleSettings, at: Date, timeZone: string = TIME_ZONE): ScheduleNow {
  const { minute, msIntoMinute } = wallClock(at, timeZone);
  const playing = playingAt(settings, minute);
  const boundaries = settings.schedule.flatMap((set) =>
    set.days.flatMap((day) => {
      const midnight = weekdays.indexOf(day) * DAY;
      return [midnight + minutesOfDay(set.start), midnight + minutesOfDay(set.end)];
    }),
  );
  // How many minutes ahead each boundary next comes round: one at this very minute has passed, a week to go.
  const ahead = [...new Set(boundaries.map((b) => (b - minute + WEEK) % WEEK || WEEK))].sort((a, b) => a - b);
  const change = ahead.find((minutes) => !same(playingAt(settings, (minute + minutes) % WEEK), playing));
  return { playing, nextChange: change === undefined ? null : new Date(at.getTime() + change * 60_000 - msIntoMinute) };
}

/** The slides that play, or null for the clock. */
export function slidesPlaying(settings: ScheduleSettings & { playlist: readonly Slide[] }, playing: Playing): readonly Slide[] | null {
  if (playing.kind === 'clock') return null;
  return playing.kind === 'set' ? (settings.schedule[playing.index]?.playlist ?? settings.playlist) : settings.playlist;
}

/** Every slide a screen may play in a week: what its content must carry (unit breakdowns, peer ranks). */
export function everySlide(settings: { schedule: readonly ScheduleSet[]; playlist: readonly Slide[] }): Slide[] {
  return [...settings.playlist, ...settings.schedule.flatMap((set) => set.playlist)];
}
