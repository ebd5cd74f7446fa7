/**
 * The overview and an indicator's page come from the server rendered with their figures, through
 * the web app's renderer (a stand-in here that writes what it was given): the right data, the
 * reader's language, compressed, cached per data version and reader, and nothing for a reader the
 * read gate keeps out.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { signInAll } from '../support/users.js';
import { fakeWebDist } from '../support/web-dist.js';

const STATE = '<script type="application/json" id="kpi-page-state">';

describe('pages rendered on the server', () => {
  it('renders the overview of the year asked for, with every card of that year and its state for the browser', async () => {
    const { dist } = fakeWebDist();
    const { app } = await testApp({ webDist: dist });
    const cards = (await app.inject('/api/dashboard?year=2020')).json<{ cards: unknown[] }>().cards.length;
    const res = await app.inject('/?year=2020');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.body).toContain(`<div id="root"><main>${cards} cards of 2020 for anonymous at /?year=2020</main></div>${STATE}{"url":"/?year=2020"}</script>`);
    expect(res.body).toContain('<title>Title of /?year=2020</title>');
    expect(res.body).toContain('<html lang="vi">');
  });

  it('renders the latest year without a year, and ignores an unusable one as the browser does', async () => {
    const { dist } = fakeWebDist();
    const { app } = await testApp({ webDist: dist });
    const latest = (await app.inject('/api/dashboard')).json<{ year: number }>().year;
    expect((await app.inject('/')).body).toContain(`cards of ${latest} for anonymous`);
    expect((await app.inject('/?year=abc')).body).toContain(`cards of ${latest} for anonymous`);
  });

  it('leaves a commune’s overview to the browser, and renders the province’s for an unusable unit as the browser reads it', async () => {
    const { dist } = fakeWebDist();
    const { app } = await testApp({ webDist: dist });
    const latest = (await app.inject('/api/dashboard')).json<{ year: number }>().year;
    const commune = await app.inject('/?unit=tam-thanh');
    expect(commune.statusCode).toBe(200);
    expect(commune.body).not.toContain('cards of');
    expect((await app.inject('/?unit=Not%20a%20code')).body).toContain(`cards of ${latest} for anonymous`);
  });

  it('sets the page’s language from the address', async () => {
    const { dist } = fakeWebDist();
    const { app } = await testApp({ webDist: dist });
    expect((await app.inject('/?lang=en')).body).toContain('<html lang="en">');
    expect((await app.inject('/?lang=fr')).body).toContain('<html lang="vi">');
  });

  it('renders an indicator’s page, and answers 404 with the bare app for a code that is none', async () => {
    const { dist } = fakeWebDist();
    const { app } = await testApp({ webDist: dist });
    const page = await app.inject('/indicators/bluezone-install-rate?year=2020');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<main>indicator bluezone-install-rate for anonymous');
    for (const url of ['/indicators/no-such-indicator', '/indicators/%3Cscript%3E']) {
      const missing = await app.inject(url);
      expect(missing.statusCode, url).toBe(404);
      expect(missing.body, url).toContain('<div id="root"></div>');
      expect(missing.body, url).not.toContain(STATE);
    }
  });

  it('sends the page compressed to a browser that takes gzip', async () => {
    const { dist } = fakeWebDist();
    const { app } = await testApp({ webDist: dist });
    const res = await app.inject({ url: '/?year=2020', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toContain('cards of 2020 for anonymous');
  });

  it('renders a page once per data version and reader, and again after a publication', async () => {
    const { dist, renders } = fakeWebDist();
    const { app } = await testApp({ webDist: dist });
    await app.inject('/?year=2020');
    await app.inject('/?year=2020');
    expect(renders()).toBe(1);
    const { viewer: cookie } = await signInAll(app);
    const own = await app.inject({ url: '/?year=2020', headers: { cookie } });
    expect(own.body).toContain('for viewer at');
    expect(renders()).toBe(2);
    app.invalidateViews();
    await app.inject('/?year=2020');
    expect(renders()).toBe(3);
  });

  it('with PUBLIC_READ=false, gives a stranger the bare app (which asks them to sign in) and a signed-in reader the figures', async () => {
    const { dist, renders } = fakeWebDist();
    const { app } = await testApp({ webDist: dist, auth: { publicRead: false } });
    for (const url of ['/?year=2020', '/indicators/bluezone-install-rate', '//?year=2020', '/%69ndicators/bluezone-install-rate']) {
      const res = await app.inject(url);
      expect(res.body, url).not.toContain(STATE);
      expect(res.body, url).not.toContain('cards of');
      expect(res.body, url).not.toContain('indicator bluezone');
    }
    expect(renders()).toBe(0);
    const { viewer: cookie } = await signInAll(app);
    expect((await app.inject({ url: '/?year=2020', headers: { cookie } })).body).toContain('cards of 2020 for viewer');
  });

  it('serves the bare app when the build made no renderer', async () => {
    const { dist } = fakeWebDist({ renderer: false });
    const { app } = await testApp({ webDist: dist });
    const res = await app.inject('/?year=2020');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<div id="root"></div>');
    expect(res.body).not.toContain(STATE);
  });
});
