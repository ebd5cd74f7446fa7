import { describe, expect, it } from 'vitest';
import { ScreenPresence } from '../../src/services/screen-presence.js';

const report = { slide: 1, slides: 2, width: 1920, height: 1080, dataVersion: 1 };

describe('a screen’s presence', () => {
  it('keeps the first 300 characters of a user agent, from a stream or a report, and keeps the last one when none is sent', () => {
    const presence = new ScreenPresence(() => {});
    presence.open(1, `Mozilla/5.0 ${'x'.repeat(400)}`);
    expect(presence.get(1)?.userAgent).toHaveLength(300);
    presence.report(1, report, 'SmartTV Chrome/120');
    expect(presence.get(1)?.userAgent).toBe('SmartTV Chrome/120');
    presence.report(1, report, undefined);
    expect(presence.get(1)?.userAgent).toBe('SmartTV Chrome/120');
  });

  it('calls a screen gone when its last stream closes, not before', () => {
    const gone: number[] = [];
    const presence = new ScreenPresence((id) => gone.push(id));
    const first = presence.open(7, undefined);
    const second = presence.open(7, undefined);
    first();
    first();
    expect(gone).toEqual([]);
    second();
    expect(gone).toEqual([7]);
    expect(presence.get(7)?.connectedSince).toBeNull();
  });
});
