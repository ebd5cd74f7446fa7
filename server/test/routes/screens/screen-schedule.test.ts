import { screenContentSchema, screenIssuedSchema, screenListSchema, validationMessages } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];
const morning = { name: 'Giao ban sáng', days: weekdays, start: '08:00', end: '09:30', playlist: [{ type: 'indicator', code: 'dti-rank' }] };
const allDay = { name: 'Cả ngày', days: weekdays, start: '09:30', end: '17:00', playlist: [{ type: 'headline' }] };

async function setup() {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const admin = { cookie: cookies.admin };
  const created = await app.inject({
    method: 'POST',
    url: '/api/screens',
    headers: admin,
    payload: { name: 'Phòng họp tầng 2', playlist: [{ type: 'headline' }] },
  });
  const issued = screenIssuedSchema.parse(created.json());
  const url = `/api/screens/${issued.screen.id}`;
  const patch = (payload: Record<string, unknown>, language = 'vi') =>
    app.inject({ method: 'PATCH', url, headers: { ...admin, 'accept-language': language }, payload });
  const listed = async () => screenListSchema.parse((await app.inject({ url: '/api/screens', headers: admin })).json()).screens[0]!;
  const content = async () => screenContentSchema.parse((await app.inject(`${url}/content?token=${issued.token}`)).json());
  return { app, admin, issued, patch, listed, content };
}

describe('a screen’s schedule', () => {
  it('is none, with the playlist outside it, for a screen made without one', async () => {
    const { issued, content } = await setup();
    expect(issued.screen).toMatchObject({ schedule: [], outsideSchedule: 'playlist' });
    expect((await content()).screen).toMatchObject({ schedule: [], outsideSchedule: 'playlist' });
  });

  it('is saved by a PATCH and reaches the list, the screen’s content and the audit trail', async () => {
    const { app, admin, patch, listed, content } = await setup();
    const saved = await patch({ schedule: [morning, allDay], outsideSchedule: 'clock', version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ schedule: [morning, allDay], outsideSchedule: 'clock', version: 2 });
    expect(await listed()).toMatchObject({ schedule: [morning, allDay], outsideSchedule: 'clock' });
    expect((await content()).screen).toMatchObject({ schedule: [morning, allDay], outsideSchedule: 'clock', playlist: [{ type: 'headline' }] });
    // A change that names neither keeps both.
    expect((await patch({ name: 'Hội trường', version: 2 })).json()).toMatchObject({ schedule: [morning, allDay], outsideSchedule: 'clock', version: 3 });
    const audit = (await app.inject({ url: '/api/audit', headers: admin })).json().entries as {
      action: string;
      before: { schedule: unknown[] };
      after: { schedule: unknown[] };
    }[];
    const update = audit.find((entry) => entry.action === 'screen.update' && entry.after.schedule.length === 2 && entry.before.schedule.length === 0);
    expect(update).toBeDefined();
  });

  it('is taken on creation', async () => {
    const { app, admin } = await setup();
    const res = await app.inject({
      method: 'POST',
      url: '/api/screens',
      headers: admin,
      payload: { name: 'Phòng giao ban', playlist: [{ type: 'headline' }], schedule: [morning], outsideSchedule: 'clock' },
    });
    expect(res.statusCode).toBe(201);
    expect(screenIssuedSchema.parse(res.json()).screen).toMatchObject({ schedule: [morning], outsideSchedule: 'clock' });
  });

  it('brings in the content what a set’s own slides need, though the playlist has no such slide', async () => {
    const { patch, content } = await setup();
    expect((await content()).peerRanks).toBeUndefined();
    const peers = { ...morning, playlist: [{ type: 'peers', index: 'dti', peers: 'quang-ninh' }] };
    expect((await patch({ schedule: [peers], version: 1 })).statusCode).toBe(200);
    expect((await content()).peerRanks?.['dti:quang-ninh']?.ranks.some((r) => r.province === 'quang-ninh')).toBe(true);
  });

  it('answers overlapping sets with 400 naming the later set’s start, in the caller’s language, and changes nothing', async () => {
    const { patch, listed } = await setup();
    const overlapping = { ...allDay, start: '09:00' };
    const vi = await patch({ schedule: [morning, overlapping], version: 1 });
    expect(vi.statusCode).toBe(400);
    expect(vi.json().error.fields).toEqual({ 'schedule.1.start': validationMessages.vi['sets-overlap'] });
    const en = await patch({ schedule: [morning, overlapping], name: 'Changed', version: 1 }, 'en');
    expect(en.json().error.fields).toEqual({ 'schedule.1.start': validationMessages.en['sets-overlap'] });
    expect(await listed()).toMatchObject({ name: 'Phòng họp tầng 2', schedule: [], version: 1 });
  });

  it('answers a set that ends before it starts (overnight) with 400 naming its end', async () => {
    const { patch, listed } = await setup();
    const res = await patch({ schedule: [{ ...morning, start: '22:00', end: '06:00' }], version: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'schedule.0.end': validationMessages.vi['end-after-start'] });
    expect((await listed()).version).toBe(1);
  });

  it('answers malformed sets with 400 naming each field, never a 500', async () => {
    const { patch } = await setup();
    const cases: [unknown, string[]][] = [
      [[{ ...morning, start: '8:00' }], ['schedule.0.start']],
      [[{ ...morning, end: 930 }], ['schedule.0.end']],
      [[{ ...morning, days: ['monday'] }], ['schedule.0.days.0']],
      [[{ ...morning, days: [] }], ['schedule.0.days']],
      [[{ ...morning, name: '' }], ['schedule.0.name']],
      [[{ ...morning, playlist: [] }], ['schedule.0.playlist']],
      [[morning, { ...allDay, start: 9 }], ['schedule.1.start']],
      ['always', ['schedule']],
      [Array.from({ length: 13 }, (_, i) => ({ ...morning, days: ['mon'], start: `${10 + i}:00`, end: `${10 + i}:30` })), ['schedule']],
    ];
    for (const [schedule, fields] of cases) {
      const res = await patch({ schedule, version: 1 });
      expect(res.statusCode, JSON.stringify(schedule)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(fields);
    }
    const outside = await patch({ outsideSchedule: 'dark', version: 1 });
    expect(Object.keys(outside.json().error.fields)).toEqual(['outsideSchedule']);
  });

  it('answers a stale version with 409 and keeps the schedule saved first', async () => {
    const { patch, listed } = await setup();
    expect((await patch({ schedule: [morning], version: 1 })).statusCode).toBe(200);
    const stale = await patch({ schedule: [allDay], outsideSchedule: 'clock', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await listed()).toMatchObject({ schedule: [morning], outsideSchedule: 'playlist', version: 2 });
  });
});
