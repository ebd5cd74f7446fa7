import { describe, expect, it } from 'vitest';
import { formatClockTime, formatWeekday, formatWeekdayDate } from '../src/format.js';
import { everySlide, scheduleAt, slidesPlaying, type ScheduleSettings } from '../src/screen-schedule.js';
import type { ScheduleSet } from '../src/schemas/index.js';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const morning: ScheduleSet = { name: 'Giao ban sáng', days: [...weekdays], start: '08:00', end: '09:30', playlist: [{ type: 'headline' }] };
const allDay: ScheduleSet = { name: 'Cả ngày', days: [...weekdays], start: '09:30', end: '17:00', playlist: [{ type: 'indicator', code: 'dti-rank' }] };
const sunday: ScheduleSet = { name: 'Chủ nhật', days: ['sun'], start: '00:00', end: '24:00', playlist: [{ type: 'group', group: 'telecoms' }] };

const clockOutside: ScheduleSettings = { schedule: [morning, allDay], outsideSchedule: 'clock' };

/** An instant given as Vietnam's wall clock (UTC+7 all year: no daylight saving since 1975). */
const vn = (local: string) => new Date(`${local}+07:00`);

// 2026-11-30 is a Monday, 2026-12-06 a Sunday.
describe('which set plays', () => {
  it('shows the clock at 07:59 on a Monday and the morning set from 08:00, changing at 08:00 sharp', () => {
    expect(scheduleAt(clockOutside, vn('2026-11-30T07:59:00'))).toEqual({ playing: { kind: 'clock' }, nextChange: vn('2026-11-30T08:00:00') });
    // Part-way through a minute, the change is still on the minute, not a minute after "now".
    expect(scheduleAt(clockOutside, vn('2026-11-30T07:59:42.250')).nextChange).toEqual(vn('2026-11-30T08:00:00'));
    expect(scheduleAt(clockOutside, vn('2026-11-30T08:00:00'))).toEqual({ playing: { kind: 'set', index: 0 }, nextChange: vn('2026-11-30T09:30:00') });
  });

  it('hands over from one set to the next where one ends as the other starts', () => {
    expect(scheduleAt(clockOutside, vn('2026-11-30T09:29:59.999')).playing).toEqual({ kind: 'set', index: 0 });
    expect(scheduleAt(clockOutside, vn('2026-11-30T09:30:00'))).toEqual({ playing: { kind: 'set', index: 1 }, nextChange: vn('2026-11-30T17:00:00') });
  });

  it('after Friday’s last set shows the clock through the weekend until Monday 08:00', () => {
    expect(scheduleAt(clockOutside, vn('2026-12-04T17:00:00'))).toEqual({ playing: { kind: 'clock' }, nextChange: vn('2026-12-07T08:00:00') });
    expect(scheduleAt(clockOutside, vn('2026-12-06T12:00:00'))).toEqual({ playing: { kind: 'clock' }, nextChange: vn('2026-12-07T08:00:00') });
  });

  it('plays the default playlist outside the sets unless the clock is chosen', () => {
    const withPlaylist: ScheduleSettings = { ...clockOutside, outsideSchedule: 'playlist' };
    expect(scheduleAt(withPlaylist, vn('2026-11-30T07:59:00')).playing).toEqual({ kind: 'playlist' });
    expect(scheduleAt(withPlaylist, vn('2026-12-06T10:00:00')).playing).toEqual({ kind: 'playlist' });
  });

  it('plays an all-day Sunday set, changing at Sunday’s midnight', () => {
    const settings: ScheduleSettings = { schedule: [morning, sunday], outsideSchedule: 'clock' };
    expect(scheduleAt(settings, vn('2026-12-06T00:00:00'))).toEqual({ playing: { kind: 'set', index: 1 }, nextChange: vn('2026-12-07T00:00:00') });
    expect(scheduleAt(settings, vn('2026-12-06T23:59:00')).playing).toEqual({ kind: 'set', index: 1 });
    expect(scheduleAt(settings, vn('2026-12-07T00:00:00'))).toEqual({ playing: { kind: 'clock' }, nextChange: vn('2026-12-07T08:00:00') });
  });

  it('does not count a boundary where the same set goes on (a set on two days running, all day)', () => {
    const weekend: ScheduleSet = { ...sunday, days: ['sat', 'sun'] };
    const settings: ScheduleSettings = { schedule: [weekend], outsideSchedule: 'playlist' };
    expect(scheduleAt(settings, vn('2026-12-05T10:00:00'))).toEqual({ playing: { kind: 'set', index: 0 }, nextChange: vn('2026-12-07T00:00:00') });
  });

  it('never changes without sets, or with one set every minute of the week', () => {
    expect(scheduleAt({ schedule: [], outsideSchedule: 'playlist' }, vn('2026-11-30T08:00:00'))).toEqual({ playing: { kind: 'playlist' }, nextChange: null });
    expect(scheduleAt({ schedule: [], outsideSchedule: 'clock' }, vn('2026-11-30T08:00:00'))).toEqual({ playing: { kind: 'clock' }, nextChange: null });
    const always: ScheduleSet = { ...sunday, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] };
    expect(scheduleAt({ schedule: [always], outsideSchedule: 'clock' }, vn('2026-12-02T15:00:00'))).toEqual({
      playing: { kind: 'set', index: 0 },
      nextChange: null,
    });
  });

  it('reads hours in the zone it is given, Vietnam’s by default, whatever the instant’s UTC day', () => {
    // 00:30 UTC on Monday is 07:30 in Vietnam: before the morning set, whatever the browser's zone.
    expect(scheduleAt(clockOutside, new Date('2026-11-30T00:30:00Z')).playing).toEqual({ kind: 'clock' });
    expect(scheduleAt(clockOutside, new Date('2026-11-30T01:00:00Z')).playing).toEqual({ kind: 'set', index: 0 });
    // Sunday 23:30 UTC is already Monday 06:30 in Vietnam: the next change is that morning's 08:00.
    expect(scheduleAt(clockOutside, new Date('2026-11-29T23:30:00Z')).nextChange).toEqual(vn('2026-11-30T08:00:00'));
    // The same instant read in London is Sunday: the next change is still Monday 08:00, London's.
    expect(scheduleAt(clockOutside, new Date('2026-11-29T23:30:00Z'), 'Europe/London').nextChange).toEqual(new Date('2026-11-30T08:00:00Z'));
  });

  it('gives the slides that play, none for the clock, and every slide a week may need', () => {
    const settings = { ...clockOutside, playlist: [{ type: 'headline' as const }] };
    expect(slidesPlaying(settings, { kind: 'set', index: 1 })).toEqual(allDay.playlist);
    expect(slidesPlaying(settings, { kind: 'playlist' })).toEqual(settings.playlist);
    expect(slidesPlaying(settings, { kind: 'clock' })).toBeNull();
    expect(everySlide(settings)).toEqual([{ type: 'headline' }, ...morning.playlist, ...allDay.playlist]);
  });
});

describe('the screen clock', () => {
  it('writes the date with its weekday in Vietnamese and in English, and the time on the 24-hour clock', () => {
    const at = vn('2026-12-03T14:05:00');
    expect(formatWeekdayDate(at, 'vi')).toBe('Thứ Năm, 03/12/2026');
    expect(formatWeekdayDate(at, 'en')).toBe('Thursday, 03/12/2026');
    expect(formatClockTime(at, 'vi')).toBe('14:05');
    expect(formatClockTime(at, 'en')).toBe('14:05');
    // Vietnam's day, not UTC's: 23:30 UTC on Wednesday is Thursday morning there.
    expect(formatWeekdayDate(new Date('2026-12-02T23:30:00Z'), 'vi')).toBe('Thứ Năm, 03/12/2026');
  });

  it('names the days of the week from Monday, as the schedule counts them', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((day) => formatWeekday(day, 'vi'))).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
    expect([0, 6].map((day) => formatWeekday(day, 'en'))).toEqual(['Monday', 'Sunday']);
  });
});
