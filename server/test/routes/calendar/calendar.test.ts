import { findUser, insertUser, updateUser } from '@kpi/db';
import { ratioEntry } from '@kpi/shared/testing';
import { describe, expect, it, vi } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const json = (cookie: string, lang = 'en') => ({ cookie, 'accept-language': lang });

describe('the reporting calendar’s routes', () => {
  it('sets a rule and a year’s date with versions, audited, and the calendar shows them', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const put = (payload: object) => app.inject({ method: 'PUT', url: '/api/calendar/dti-rank', headers: json(cookies.approver), payload });
    const saved = await put({ version: 0, due: { month: 3, day: 31 }, responsible: 'analyst', unitResponsibles: {} });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ code: 'dti-rank', due: { month: 3, day: 31 }, responsible: { username: 'analyst' }, version: 1 });
    // Someone else's change in between: 409, nothing written.
    const stale = await put({ version: 0, due: null, responsible: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.fields).toEqual({ version: 'Someone changed it before you; reload.' });

    const year = await app.inject({
      method: 'PUT',
      url: '/api/calendar/dti-rank/years/2025',
      headers: json(cookies.approver),
      payload: { version: 0, due: '2026-02-10' },
    });
    expect(year.json()).toEqual({ unit: null, due: '2026-02-10', version: 1 });
    const calendar = (await app.inject({ url: '/api/calendar?year=2025', headers: json(cookies.approver) })).json();
    expect(calendar.departmentRule).toEqual({ month: 1, day: 15 });
    expect(calendar.indicators.find((i: { code: string }) => i.code === 'dti-rank')).toMatchObject({ provinceDue: '2026-02-10', version: 1 });
    expect(calendar.indicators.find((i: { code: string }) => i.code === 'bluezone-install-rate')).toMatchObject({ provinceDue: '2026-01-15', version: 0 });
    const gone = await app.inject({ method: 'DELETE', url: '/api/calendar/dti-rank/years/2025?version=1', headers: json(cookies.approver) });
    expect(gone.statusCode).toBe(204);
    const audit = (await app.inject({ url: '/api/audit?indicator=dti-rank', headers: json(cookies.admin) }))
      .json()
      .entries.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['due-override.delete', 'due-override.save', 'reporting-rule.save']);
  });

  it('lists who can be made responsible: enabled analysts and above, by display name, never a viewer or a disabled user', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    insertUser(app.db, { username: 'an', displayName: 'Nguyễn Văn An', role: 'analyst', passwordHash: 'x' });
    insertUser(app.db, { username: 'gone', displayName: 'Đã nghỉ', role: 'analyst', passwordHash: 'x' });
    updateUser(app.db, 'gone', findUser(app.db, 'gone')!.version, { disabled: true });
    const calendar = (await app.inject({ url: '/api/calendar?year=2025', headers: json(cookies.approver) })).json();
    expect(calendar.people).toEqual([
      { username: 'admin', displayName: 'admin' },
      { username: 'analyst', displayName: 'analyst' },
      { username: 'analyst2', displayName: 'analyst2' },
      { username: 'approver', displayName: 'approver' },
      { username: 'approver2', displayName: 'approver2' },
      { username: 'an', displayName: 'Nguyễn Văn An' },
    ]);
    expect(calendar.people.map((p: { username: string }) => p.username)).not.toContain('viewer');
  });

  it('refuses bad input with a 4xx naming the field, in the caller’s language', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const put = (payload: object, lang = 'vi') => app.inject({ method: 'PUT', url: '/api/calendar/dti-rank', headers: json(cookies.approver, lang), payload });
    const feb30 = await put({ version: 0, due: { month: 2, day: 30 }, responsible: null });
    expect(feb30.statusCode).toBe(400);
    expect(Object.keys(feb30.json().error.fields)).toEqual(['due.day']);
    expect(feb30.json().error.fields['due.day']).toMatch(/^Hạn nộp là một ngày có thật/);
    const viewer = await put({ version: 0, due: null, responsible: 'viewer' });
    expect(viewer.json().error.fields).toEqual({ responsible: 'Người phụ trách phải là chuyên viên trở lên và tài khoản còn hoạt động.' });
    const nobody = await put({ version: 0, due: null, responsible: 'nobody' }, 'en');
    expect(nobody.json().error.fields).toEqual({ responsible: 'No such user.' });
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: '/api/calendar/no-such',
          headers: json(cookies.approver),
          payload: { version: 0, due: null, responsible: null },
        })
      ).statusCode,
    ).toBe(404);
    const unit = await app.inject({
      method: 'PUT',
      url: '/api/calendar/dti-rank/years/2025?unit=xa-khong-co',
      headers: json(cookies.approver),
      payload: { version: 0, due: '2026-02-10' },
    });
    expect(unit.statusCode).toBe(400);
    expect(Object.keys(unit.json().error.fields)).toEqual(['unit']);
    const date = await app.inject({
      method: 'PUT',
      url: '/api/calendar/dti-rank/years/2025',
      headers: json(cookies.approver),
      payload: { version: 0, due: '2026-02-30' },
    });
    expect(Object.keys(date.json().error.fields)).toEqual(['due']);
    const year = await app.inject({ url: '/api/completeness?year=abc', headers: json(cookies.approver) });
    expect(year.statusCode).toBe(400);
    expect(Object.keys(year.json().error.fields)).toEqual(['year']);
    // Nothing was written by any of them.
    expect(
      (await app.inject({ url: '/api/audit', headers: json(cookies.admin) })).json().entries.filter((e: { entity: string }) => e.entity !== 'user'),
    ).toEqual([]);
  });

  it('gives a year’s completeness by indicator and by unit', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const c = (await app.inject({ url: '/api/completeness?year=2023', headers: json(cookies.approver) })).json();
    expect(c).toMatchObject({ year: 2023, published: 1 });
    expect(c.byIndicator.find((i: { code: string }) => i.code === 'dti-rank')).toMatchObject({ expected: 1, published: 1, missing: [] });
    expect(c.byUnit[0]).toMatchObject({ unit: { code: 'lang-son', kind: 'province' }, published: 1 });
  });
});

describe('GET /api/inbox', () => {
  // 20 January 2026 in Hà Nội: the 2025 figures fell due five days ago.
  const clock = () => new Date('2026-01-20T03:00:00Z');

  it('gives the responsible analyst their overdue figure and the approver the draft waiting, on the pinned day', async () => {
    const { app } = await testApp({ clock });
    const cookies = await signInAll(app);
    await app.inject({
      method: 'PUT',
      url: '/api/calendar/dti-rank',
      headers: json(cookies.approver),
      payload: { version: 0, due: null, responsible: 'analyst' },
    });
    const mine = (await app.inject({ url: '/api/inbox', headers: json(cookies.analyst) })).json();
    expect(mine).toMatchObject({ today: '2026-01-20', dueDays: 14, counts: { overdue: 1, 'due-soon': 0, 'awaiting-approval': 0 } });
    expect(mine.items[0]).toMatchObject({ kind: 'overdue', indicator: { code: 'dti-rank' }, year: 2025, due: '2026-01-15', link: '/entry/dti-rank/2025' });

    const key = '/api/indicators/bluezone-install-rate/observations/2025?unit=tam-thanh';
    expect((await app.inject({ method: 'PUT', url: key, headers: json(cookies.analyst2), payload: ratioEntry(9000) })).statusCode).toBe(200);
    const approver = (await app.inject({ url: '/api/inbox', headers: json(cookies.approver) })).json();
    expect(approver.counts['awaiting-approval']).toBe(1);
    expect(approver.items.find((i: { kind: string }) => i.kind === 'awaiting-approval')).toMatchObject({ unit: { code: 'tam-thanh' }, link: '/approval' });
    // The department's overdue list: one line per indicator, linking to the completeness page.
    expect(approver.counts.overdue).toBe(19);
    expect((await app.inject({ url: '/api/inbox', headers: json(cookies.viewer) })).json().items).toEqual([]);
  });

  it('judges a status that worsened on the published data the server holds, not a fresh load', async () => {
    const { app } = await testApp({ clock });
    const cookies = await signInAll(app);
    // Level-4 online services: 100 % in 2021 met the target; 20 % in 2022 is off track.
    const draft = await app.inject({
      method: 'PUT',
      url: '/api/indicators/online-services-level4-rate/observations/2022',
      headers: json(cookies.analyst),
      payload: { kind: 'value', value: 20, version: 0, sourceId: 1 },
    });
    expect(draft.statusCode).toBe(200);
    const published = await app.inject({
      method: 'POST',
      url: '/api/indicators/online-services-level4-rate/observations/2022/publish',
      headers: json(cookies.approver),
      payload: { version: draft.json().observation.version },
    });
    expect(published.statusCode).toBe(200);
    const snapshot = vi.spyOn(app.view, 'snapshot');
    const inbox = (await app.inject({ url: '/api/inbox', headers: json(cookies.viewer) })).json();
    expect(inbox.items).toEqual([expect.objectContaining({ kind: 'worsened', indicator: expect.objectContaining({ code: 'online-services-level4-rate' }) })]);
    expect(snapshot).toHaveBeenCalled();
  });
});
