import { describe, expect, it } from 'vitest';
import { screenSettingsSchema, updateScreenBodySchema } from '../../src/schemas/index.js';

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
