import { screenHealthListSchema, screenIssuedSchema } from '@kpi/shared';
import { describe, expect, it, vi } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const settings = { name: 'Hall', playlist: [{ type: 'headline' }, { type: 'indicator', code: 'egov-rank' }] };

async function setup() {
  const { app } = await testApp({ screenDarkAfterMinutes: 1 });
  const cookies = await signInAll(app);
  const created = await app.inject({ method: 'POST', url: '/api/screens', headers: { cookie: cookies.admin }, payload: settings });
  const issued = screenIssuedSchema.parse(created.json());
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const health = async () =>
    screenHealthListSchema.parse((await app.inject({ url: '/api/screen-health', headers: { cookie: cookies.admin } })).json()).screens[0]!;
  const command = (payload: object) =>
    app.inject({ method: 'POST', url: `/api/screens/${issued.screen.id}/commands`, headers: { cookie: cookies.admin, 'accept-language': 'en' }, payload });
  /** Opens the screen's stream as its browser would; `readUntil` reads on to a pattern. */
  const connect = async () => {
    const controller = new AbortController();
    const res = await fetch(`${address}/api/screens/${issued.screen.id}/events?token=${issued.token}`, {
      headers: { accept: 'text/event-stream', 'user-agent': 'Mozilla/5.0 SmartTV Chrome/120' },
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    let text = '';
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) text += new TextDecoder().decode((await reader.read()).value);
      return text;
    };
    await readUntil(/event: hello/);
    return { readUntil, close: () => controller.abort() };
  };
  return { app, cookies, issued, health, command, connect };
}

/** Waits for the server to see a closed stream (a socket's close arrives a moment after the abort). */
async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(await check()).toBe(true);
}

describe('a screen’s health', () => {
  it('shows online with its browser and report while its stream is open, then last seen once it closes', async () => {
    const { app, issued, health, connect } = await setup();
    expect(await health()).toMatchObject({ online: false, lastSeenAt: null, report: null, dark: false });
    const stream = await connect();
    const report = { slide: 2, slides: 2, width: 1920, height: 1080, dataVersion: app.view.version };
    const sent = await app.inject({
      method: 'POST',
      url: `/api/screens/${issued.screen.id}/status?token=${issued.token}`,
      headers: { 'user-agent': 'Mozilla/5.0 SmartTV Chrome/120' },
      payload: report,
    });
    expect(sent.statusCode).toBe(204);
    const live = await health();
    expect(live).toMatchObject({ online: true, report, userAgent: 'Mozilla/5.0 SmartTV Chrome/120', lastSeenAt: null });
    expect(live.connectedSince).not.toBeNull();
    stream.close();
    await until(async () => !(await health()).online);
    const gone = await health();
    expect(gone.lastSeenAt).not.toBeNull();
    expect(gone.dark).toBe(false);
    // Dark past SCREEN_DARK_AFTER_MINUTES (1 here).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 60_000);
    expect((await health()).dark).toBe(true);
    vi.useRealTimers();
  });

  it('says a screen is behind when it reports an older data version than the current one', async () => {
    const { app, cookies, issued, health, connect } = await setup();
    const stream = await connect();
    const report = { slide: 1, slides: 2, width: 1280, height: 720, dataVersion: app.view.version };
    await app.inject({ method: 'POST', url: `/api/screens/${issued.screen.id}/status?token=${issued.token}`, payload: report });
    expect((await health()).behind).toBe(false);
    const draft = await app.inject({
      method: 'PUT',
      url: '/api/indicators/egov-rank/observations/2022',
      headers: { cookie: cookies.analyst },
      payload: { kind: 'rank', position: 20, outOf: 63, version: 0, sourceId: 1 },
    });
    expect(draft.statusCode).toBe(200);
    expect((await health()).behind).toBe(true);
    stream.close();
  });

  it('accepts more reports a minute from one address than the anonymous write limit, as a room of screens sends', async () => {
    const { app, issued } = await setup();
    const report = { slide: 1, slides: 2, width: 1920, height: 1080, dataVersion: app.view.version };
    const statuses = new Set<number>();
    // Past the 120 writes a minute an anonymous address may make elsewhere.
    for (let i = 0; i < 130; i++) {
      const sent = await app.inject({ method: 'POST', url: `/api/screens/${issued.screen.id}/status?token=${issued.token}`, payload: report });
      statuses.add(sent.statusCode);
    }
    expect([...statuses]).toEqual([204]);
  });

  it('refuses a report with a wrong token (401) or a bad body (400 naming the field)', async () => {
    const { app, issued } = await setup();
    const wrong = await app.inject({
      method: 'POST',
      url: `/api/screens/${issued.screen.id}/status?token=nope`,
      payload: { slide: 1, slides: 1, width: 1, height: 1, dataVersion: 0 },
    });
    expect(wrong.statusCode).toBe(401);
    const bad = await app.inject({ method: 'POST', url: `/api/screens/${issued.screen.id}/status?token=${issued.token}`, payload: { slide: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toContain('slide');
  });
});

describe('control from afar', () => {
  it('sends reload, show-slide, blank and unblank through the stream, each audited, and keeps a blank across reconnections', async () => {
    const { app, cookies, issued, command, connect } = await setup();
    const stream = await connect();
    expect((await command({ type: 'reload' })).json()).toEqual({ delivered: 1 });
    await stream.readUntil(/event: command\ndata: \{"type":"reload"\}/);
    await command({ type: 'show-slide', slide: 2 });
    await stream.readUntil(/data: \{"type":"show-slide","slide":2\}/);
    await command({ type: 'blank' });
    await stream.readUntil(/data: \{"type":"blank"\}/);
    stream.close();
    const again = await connect();
    // The hello is followed by the blank that is still in force.
    await again.readUntil(/event: hello[\s\S]*data: \{"type":"blank"\}/);
    await command({ type: 'unblank' });
    await again.readUntil(/data: \{"type":"unblank"\}/);
    again.close();
    const audit = (await app.inject({ url: `/api/audit?entityKey=${issued.screen.id}`, headers: { cookie: cookies.admin } })).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['screen.reload', 'screen.show-slide', 'screen.blank', 'screen.unblank']),
    );
  });

  it('shows a slide of a scheduled set longer than the playlist, refusing one past the longest list', async () => {
    const { app, cookies, issued, command } = await setup();
    const set = {
      name: 'Giao ban',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '08:00',
      end: '09:30',
      playlist: [{ type: 'headline' }, { type: 'indicator', code: 'egov-rank' }, { type: 'indicator', code: 'dti-rank' }, { type: 'headline' }],
    };
    const saved = await app.inject({
      method: 'PATCH',
      url: `/api/screens/${issued.screen.id}`,
      headers: { cookie: cookies.admin },
      payload: { schedule: [set], version: issued.screen.version },
    });
    expect(saved.statusCode).toBe(200);
    expect((await command({ type: 'show-slide', slide: 4 })).statusCode).toBe(202);
    const tooFar = await command({ type: 'show-slide', slide: 5 });
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().error.fields).toEqual({ slide: 'The playlist has no slide with this number.' });
  });

  it('refuses a slide the playlist does not have, an unknown command and an unknown screen, writing nothing', async () => {
    const { app, cookies, issued, command } = await setup();
    const tooFar = await command({ type: 'show-slide', slide: 3 });
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().error.fields).toEqual({ slide: 'The playlist has no slide with this number.' });
    expect((await command({ type: 'explode' })).statusCode).toBe(400);
    const missing = await app.inject({ method: 'POST', url: '/api/screens/999/commands', headers: { cookie: cookies.admin }, payload: { type: 'reload' } });
    expect(missing.statusCode).toBe(404);
    expect((await command({ type: 'reload' })).json()).toEqual({ delivered: 0 });
    const audit = (await app.inject({ url: `/api/audit?entityKey=${issued.screen.id}`, headers: { cookie: cookies.admin } })).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(['screen.reload', 'screen.create']);
  });
});
