import { PAIRING_ALPHABET, screenIssuedSchema, screenPairingIssuedSchema } from '@kpi/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const settings = { name: 'Phòng họp tầng 2', playlist: [{ type: 'headline' }] };

async function setup() {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const created = await app.inject({ method: 'POST', url: '/api/screens', headers: { cookie: cookies.admin }, payload: settings });
  const issued = screenIssuedSchema.parse(created.json());
  const device = async () => screenPairingIssuedSchema.parse((await app.inject({ method: 'POST', url: '/api/screen-pairings' })).json());
  const poll = (secret: string) => app.inject({ url: '/api/screen-pairings/current', headers: { 'x-pairing-secret': secret } });
  const pair = (code: string, id = issued.screen.id, cookie = cookies.admin, lang = 'vi') =>
    app.inject({ method: 'POST', url: `/api/screens/${id}/pair`, headers: { cookie, 'accept-language': lang }, payload: { code } });
  return { app, cookies, issued, device, poll, pair };
}

afterEach(() => vi.useRealTimers());

describe('pairing a device with a screen', () => {
  it('hands the device a fresh token once, after an admin claims its code, and the old URL stops working', async () => {
    const { app, cookies, issued, device, poll, pair } = await setup();
    const pairing = await device();
    expect(pairing.code).toMatch(new RegExp(`^[${PAIRING_ALPHABET}]{3}-[${PAIRING_ALPHABET}]{4}$`));
    expect((await poll(pairing.secret)).json()).toEqual({ state: 'waiting', expiresAt: pairing.expiresAt });
    // Typed as people type it: lower case, without the dash.
    expect((await pair(pairing.code.replace('-', '').toLowerCase())).statusCode).toBe(204);
    const paired = await poll(pairing.secret);
    expect(paired.headers['cache-control']).toBe('no-store');
    const { state, screenId, token } = paired.json();
    expect({ state, screenId }).toEqual({ state: 'paired', screenId: issued.screen.id });
    expect((await app.inject(`/api/screens/${screenId}/content?token=${token}`)).statusCode).toBe(200);
    expect((await app.inject(`/api/screens/${screenId}/content?token=${issued.token}`)).statusCode).toBe(401);
    // Once: the next poll has nothing, and the code cannot be claimed again.
    expect((await poll(pairing.secret)).statusCode).toBe(404);
    const again = await pair(pairing.code, issued.screen.id, undefined, 'en');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual({ code: 'This pairing code has been used already.' });
    const audit = (await app.inject({ url: `/api/audit?entityKey=${screenId}`, headers: { cookie: cookies.admin } })).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['screen.pair', 'screen.paired']));
  });

  it('says a wrong, badly formed or expired code is so, in the admin’s language, and writes nothing', async () => {
    const { device, poll, pair } = await setup();
    const wrong = await pair('ZZZ-ZZZZ');
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.fields.code).toMatch(/^Không có mã ghép nối này/);
    const malformed = await pair('K0O-1IL');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields.code).toMatch(/^Mã ghép nối gồm 7 ký tự/);
    const pairing = await device();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 11 * 60_000);
    const expired = await pair(pairing.code);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.fields.code).toMatch(/hết hạn/);
    const late = await poll(pairing.secret);
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe('pairing-expired');
  });

  it('locks an admin out after five wrong codes (429 with Retry-After), even for a right one', async () => {
    const { device, pair } = await setup();
    const pairing = await device();
    for (let i = 0; i < 5; i++) expect((await pair(`ZZZ-ZZZ${PAIRING_ALPHABET[i]}`)).statusCode).toBe(404);
    const locked = await pair(pairing.code);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(locked.json().error.code).toBe('pairing-locked');
  });

  it('refuses a poll without a secret or with an unknown one, and limits codes per address', async () => {
    const { app, poll } = await setup();
    expect((await app.inject({ url: '/api/screen-pairings/current' })).statusCode).toBe(400);
    expect((await poll('not-a-secret')).statusCode).toBe(404);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await app.inject({ method: 'POST', url: '/api/screen-pairings' })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('refuses to pair with a screen that does not exist', async () => {
    const { device, pair } = await setup();
    const pairing = await device();
    expect((await pair(pairing.code, 999)).statusCode).toBe(404);
  });
});
