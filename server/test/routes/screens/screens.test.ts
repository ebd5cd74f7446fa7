import { screenContentSchema, screenIssuedSchema } from '@kpi/shared';
import { describe, expect, it, vi } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const settings = {
  name: 'Phòng họp tầng 2',
  secondsPerSlide: 15,
  playlist: [{ type: 'headline' }, { type: 'group', group: 'e-government' }, { type: 'indicator', code: 'egov-rank' }],
};

async function setup(options: Parameters<typeof testApp>[0] = {}) {
  const { app } = await testApp(options);
  const cookies = await signInAll(app);
  const created = await app.inject({ method: 'POST', url: '/api/screens', headers: { cookie: cookies.admin }, payload: settings });
  expect(created.statusCode).toBe(201);
  const issued = screenIssuedSchema.parse(created.json());
  return { app, cookies, issued };
}

describe('screens', () => {
  it('are created by admins with night theme by default and a URL carrying a token', async () => {
    const { app, cookies, issued } = await setup();
    expect(issued.screen).toMatchObject({ name: 'Phòng họp tầng 2', theme: 'night', language: 'vi', active: true });
    expect(issued.url).toBe(`/screen/${issued.screen.id}?token=${issued.token}`);
    const analyst = await app.inject({ method: 'POST', url: '/api/screens', headers: { cookie: cookies.analyst }, payload: settings });
    expect(analyst.statusCode).toBe(403);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/screens',
      headers: { cookie: cookies.admin },
      payload: { ...settings, playlist: [{ type: 'indicator', code: 'Bad Code' }] },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('change only the fields a PATCH names, keeping every other setting', async () => {
    const { app, cookies, issued } = await setup();
    const id = issued.screen.id;
    // Every setting away from its default first, so a default filled in for a missing field would show.
    const custom = { name: 'Hall', language: 'en', theme: 'day', secondsPerSlide: 45, playlist: [{ type: 'indicator', code: 'egov-rank' }] };
    const first = await app.inject({ method: 'PATCH', url: `/api/screens/${id}`, headers: { cookie: cookies.admin }, payload: { ...custom, version: 1 } });
    expect(first.json()).toMatchObject({ ...custom, version: 2 });
    let expected = first.json();
    for (const [field, value] of Object.entries({
      name: 'Phòng khách',
      secondsPerSlide: 10,
      playlist: [{ type: 'headline' }],
      theme: 'night',
      language: 'vi',
    })) {
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/screens/${id}`,
        headers: { cookie: cookies.admin },
        payload: { [field]: value, version: expected.version },
      });
      expect(res.statusCode).toBe(200);
      expected = { ...expected, [field]: value, version: expected.version + 1 };
      expect(res.json()).toEqual(expected);
      // What is stored, not only what the answer says.
      expect((await app.inject({ url: '/api/screens', headers: { cookie: cookies.admin } })).json().screens).toEqual([expected]);
    }
  });

  it('open their published content with the token and nothing else', async () => {
    const { app, issued } = await setup();
    const res = await app.inject(`/api/screens/${issued.screen.id}/content?token=${issued.token}`);
    expect(res.statusCode).toBe(200);
    const content = screenContentSchema.parse(res.json());
    expect(content.screen.playlist).toHaveLength(3);
    expect(content.dashboard.cards.find((c) => c.code === 'ict-index-rank')?.figure).toMatchObject({ year: 2018, position: 32 });
    for (const url of [`/api/screens/${issued.screen.id}/content?token=wrong`, `/api/screens/999/content?token=${issued.token}`]) {
      const denied = await app.inject(url);
      expect(denied.statusCode).toBe(401);
      expect(denied.json().error.code).toBe('screen-disabled');
    }
    // The token opens no other route.
    expect((await app.inject({ url: '/api/users', headers: { authorization: `Bearer ${issued.token}` } })).statusCode).toBe(401);
  });

  it('stop working when revoked and work again with a re-issued token', async () => {
    const { app, cookies, issued } = await setup();
    const id = issued.screen.id;
    const revoked = await app.inject({ method: 'POST', url: `/api/screens/${id}/revoke`, headers: { cookie: cookies.admin }, payload: { version: 1 } });
    expect(revoked.json()).toMatchObject({ active: false });
    expect((await app.inject(`/api/screens/${id}/content?token=${issued.token}`)).statusCode).toBe(401);
    const reissued = screenIssuedSchema.parse(
      (await app.inject({ method: 'POST', url: `/api/screens/${id}/token`, headers: { cookie: cookies.admin }, payload: { version: 2 } })).json(),
    );
    expect(reissued.token).not.toBe(issued.token);
    expect((await app.inject(`/api/screens/${id}/content?token=${reissued.token}`)).statusCode).toBe(200);
    expect((await app.inject(`/api/screens/${id}/content?token=${issued.token}`)).statusCode).toBe(401);
  });

  it('show only published figures, and stay readable with PUBLIC_READ=false', async () => {
    const { app } = await testApp({ auth: { publicRead: false } });
    const cookies = await signInAll(app);
    const { screen, token } = screenIssuedSchema.parse(
      (await app.inject({ method: 'POST', url: '/api/screens', headers: { cookie: cookies.admin }, payload: settings })).json(),
    );
    await app.inject({
      method: 'PUT',
      url: '/api/indicators/ict-index-rank/observations/2022',
      headers: { cookie: cookies.analyst },
      payload: { kind: 'rank', position: 20, outOf: 63, version: 0, sourceId: 1 },
    });
    const content = screenContentSchema.parse((await app.inject(`/api/screens/${screen.id}/content?token=${token}`)).json());
    expect(content.dashboard.cards.find((c) => c.code === 'ict-index-rank')?.figure?.year).toBe(2018);
  });

  it('stream a change to the screen as it is published, over Server-Sent Events', async () => {
    const { app, cookies, issued } = await setup();
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const res = await fetch(`${address}/api/screens/${issued.screen.id}/events?token=${issued.token}`, {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    // A stream writes its own head: the API's security headers must still reach it.
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const reader = res.body!.getReader();
    let text = '';
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    };
    await readUntil(/event: hello/);
    const draft = await app.inject({
      method: 'PUT',
      url: '/api/indicators/egov-rank/observations/2022',
      headers: { cookie: cookies.analyst },
      payload: { kind: 'rank', position: 20, outOf: 63, version: 0, sourceId: 1 },
    });
    await app.inject({
      method: 'POST',
      url: '/api/indicators/egov-rank/observations/2022/publish',
      headers: { cookie: cookies.approver },
      payload: { version: draft.json().observation.version },
    });
    await readUntil(/event: changed/);
    await app.inject({ method: 'POST', url: `/api/screens/${issued.screen.id}/revoke`, headers: { cookie: cookies.admin }, payload: { version: 1 } });
    await readUntil(/event: disabled/);
    controller.abort();
  });

  it('refuse the events stream with 401 for a wrong token', async () => {
    const { app, issued } = await setup();
    const res = await app.inject({ url: `/api/screens/${issued.screen.id}/events?token=nope`, headers: { accept: 'text/event-stream' } });
    expect(res.statusCode).toBe(401);
  });
});

describe('screen streams and shutdown', () => {
  it('answers a client that wants JSON from the event stream with 406, not a 500', async () => {
    const { app, issued } = await setup();
    const res = await app.inject({ url: `/api/screens/${issued.screen.id}/events?token=${issued.token}`, headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(406);
  });

  it('closes open streams when the server closes, so shutdown finishes', async () => {
    const { app, issued } = await setup();
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${address}/api/screens/${issued.screen.id}/events?token=${issued.token}`, { headers: { accept: 'text/event-stream' } });
    const reader = res.body!.getReader();
    await reader.read();
    const started = Date.now();
    await app.close();
    expect(Date.now() - started).toBeLessThan(5000);
    // The stream ends rather than hanging.
    let done = false;
    while (!done) done = (await reader.read()).done;
  });

  it('refuse a stream past the limits per screen and per address with 429, and free a slot when one closes', async () => {
    const { app, cookies, issued } = await setup({ screenStreams: { perScreen: 2, perAddress: 3 } });
    const second = screenIssuedSchema.parse(
      (await app.inject({ method: 'POST', url: '/api/screens', headers: { cookie: cookies.admin }, payload: settings })).json(),
    );
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const open: AbortController[] = [];
    /** Opens a stream and, when the server accepts it, reads up to its hello. */
    const connect = async ({ screen, token }: typeof issued) => {
      const controller = new AbortController();
      const res = await fetch(`${address}/api/screens/${screen.id}/events?token=${token}`, {
        headers: { accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (res.ok) {
        open.push(controller);
        const first = new TextDecoder().decode((await res.body!.getReader().read()).value);
        expect(first).toMatch(/event: hello/);
      }
      return res;
    };
    try {
      expect((await connect(issued)).status).toBe(200);
      expect((await connect(issued)).status).toBe(200);
      const perScreen = await connect(issued);
      expect(perScreen.status).toBe(429);
      expect(perScreen.headers.get('retry-after')).toBe('30');
      expect(await perScreen.json()).toEqual({ error: { code: 'too-many-streams', message: expect.stringContaining('SCREEN_STREAMS_PER_SCREEN') } });

      // The address has 2 of its 3: another screen gets one more, then the address is full.
      expect((await connect(second)).status).toBe(200);
      const perAddress = await connect(second);
      expect(perAddress.status).toBe(429);
      expect(await perAddress.json()).toEqual({ error: { code: 'too-many-streams', message: expect.stringContaining('SCREEN_STREAMS_PER_ADDRESS') } });

      // A screen's stream that closes gives its slot back, under both limits.
      open.shift()!.abort();
      await vi.waitFor(async () => expect((await connect(issued)).status).toBe(200), { timeout: 5000, interval: 50 });
      expect((await connect(issued)).status).toBe(429);
    } finally {
      for (const controller of open) controller.abort();
    }
  });
});
