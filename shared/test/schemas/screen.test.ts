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
