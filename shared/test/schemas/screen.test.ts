import { describe, expect, it } from 'vitest';
import { screenContentSchema, screenSettingsSchema, slideSchema, updateScreenBodySchema } from '../../src/schemas/index.js';

const settings = { name: 'Phòng họp tầng 2', playlist: [{ type: 'headline' }] };

describe('screen settings', () => {
  it('follow the latest year unless a year is chosen', () => {
    expect(screenSettingsSchema.parse(settings).year).toBeNull();
    expect(screenSettingsSchema.parse({ ...settings, year: 2020 }).year).toBe(2020);
    expect(screenSettingsSchema.parse({ ...settings, year: null }).year).toBeNull();
  });

  it('name the year when it is not a year', () => {
    for (const year of [1999, 2101, 2020.5, '2020']) {
      const bad = screenSettingsSchema.safeParse({ ...settings, year });
      expect(bad.error?.issues.map((issue) => issue.path)).toEqual([['year']]);
    }
  });

  it('leave the year alone in a change that does not name it, and clear it in one that sets null', () => {
    expect(updateScreenBodySchema.parse({ name: 'Hall', version: 3 })).toEqual({ name: 'Hall', version: 3 });
    expect(updateScreenBodySchema.parse({ year: null, version: 3 })).toEqual({ year: null, version: 3 });
  });
});

describe('the units slide', () => {
  it('names one indicator whose communes it ranks', () => {
    expect(slideSchema.parse({ type: 'units', code: 'bluezone-install-rate' })).toEqual({ type: 'units', code: 'bluezone-install-rate' });
    const playlist = [{ type: 'headline' }, { type: 'units', code: 'bluezone-install-rate' }];
    expect(screenSettingsSchema.parse({ ...settings, playlist }).playlist).toEqual(playlist);
  });

  it('names the slide’s `code` when it has none or a malformed one', () => {
    for (const code of [undefined, '', 'Not A Code']) {
      const bad = screenSettingsSchema.safeParse({ ...settings, playlist: [{ type: 'headline' }, { type: 'units', code }] });
      expect([...new Set(bad.error?.issues.map((issue) => issue.path.join('.')))]).toEqual(['playlist.1.code']);
    }
  });

  it('is answered in the content with a breakdown by indicator code', () => {
    const content = screenContentSchema.shape.units;
    expect(content.safeParse({}).success).toBe(true);
    expect(content.safeParse({ 'bluezone-install-rate': { code: 'bluezone-install-rate' } }).success).toBe(false);
  });
});

describe('a screen’s schedule', () => {
  const set = (extra: Record<string, unknown> = {}) => ({
    name: 'Giao ban',
    days: ['mon', 'tue'],
    start: '08:00',
    end: '09:30',
    playlist: [{ type: 'headline' }],
    ...extra,
  });
  const paths = (schedule: unknown[]) => [
    ...new Set(screenSettingsSchema.safeParse({ ...settings, schedule }).error?.issues.map((issue) => issue.path.join('.'))),
  ];
  const messages = (schedule: unknown[]) => screenSettingsSchema.safeParse({ ...settings, schedule }).error?.issues.map((issue) => issue.message);

  it('is none, with the playlist outside it, for a screen that names neither (as every screen did before)', () => {
    expect(screenSettingsSchema.parse(settings)).toMatchObject({ schedule: [], outsideSchedule: 'playlist' });
    // A change that does not name them keeps them.
    expect(updateScreenBodySchema.parse({ name: 'Hall', version: 3 })).toEqual({ name: 'Hall', version: 3 });
  });

  it('takes sets in order, an all-day one written 00:00–24:00', () => {
    const schedule = [set(), set({ name: 'Cả ngày', days: ['sun'], start: '00:00', end: '24:00' })];
    expect(screenSettingsSchema.parse({ ...settings, schedule, outsideSchedule: 'clock' })).toMatchObject({ schedule, outsideSchedule: 'clock' });
  });

  it('names the end of a set that does not end after it starts, overnight ones included', () => {
    for (const [start, end] of [
      ['09:00', '09:00'],
      ['22:00', '06:00'],
    ]) {
      expect(paths([set({ start, end })])).toEqual(['schedule.0.end']);
      expect(messages([set({ start, end })])).toEqual(['end-after-start']);
    }
  });

  it('names a time that is not HH:MM', () => {
    for (const start of ['8:00', '24:30', '08:60', '0800', '', 8]) expect(paths([set({ start })])).toEqual(['schedule.0.start']);
  });

  it('names the later of two sets that share a minute on a day, and lets sets touch end to start', () => {
    expect(paths([set(), set({ name: 'B', days: ['tue', 'wed'], start: '09:00', end: '10:00' })])).toEqual(['schedule.1.start']);
    expect(messages([set(), set({ name: 'B', days: ['tue'], start: '07:00', end: '12:00' })])).toEqual(['sets-overlap']);
    expect(paths([set(), set({ name: 'B', start: '09:30', end: '10:00' })])).toEqual([]);
    expect(paths([set(), set({ name: 'B', days: ['wed'], start: '09:00', end: '10:00' })])).toEqual([]);
  });

  it('names a set’s empty name, days, repeated days and slides', () => {
    expect(paths([set({ name: ' ' })])).toEqual(['schedule.0.name']);
    expect(paths([set({ days: [] })])).toEqual(['schedule.0.days']);
    expect(paths([set({ days: ['mon', 'mon'] })])).toEqual(['schedule.0.days']);
    expect(paths([set({ days: ['monday'] })])).toEqual(['schedule.0.days.0']);
    expect(paths([set({ playlist: [] })])).toEqual(['schedule.0.playlist']);
    expect(paths([set({ playlist: [{ type: 'indicator', code: '' }] })])).toEqual(['schedule.0.playlist.0.code']);
  });

  it('holds at most 12 sets', () => {
    const sets = Array.from({ length: 13 }, (_, i) =>
      set({ name: `S${i}`, days: ['mon'], start: `${String(i).padStart(2, '0')}:00`, end: `${String(i).padStart(2, '0')}:30` }),
    );
    expect(paths(sets.slice(0, 12))).toEqual([]);
    expect(paths(sets)).toEqual(['schedule']);
    expect(messages(sets)).toEqual(['too-many-sets']);
  });
});
