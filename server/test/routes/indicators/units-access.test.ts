/**
 * The breakdown by unit is a read route: anyone may read it while PUBLIC_READ is on; when it is
 * off, strangers are refused before anything is computed and every signed-in role reads it.
 */
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const URL = '/api/indicators/bluezone-install-rate/units?year=2020';
const ROLES = ['viewer', 'analyst', 'approver', 'admin'] as const;

describe('GET /api/indicators/:code/units by role', () => {
  it('answers anonymous, viewer, analyst, approver and admin with 200 while PUBLIC_READ is on', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const statuses = [(await app.inject(URL)).statusCode];
    for (const role of ROLES) statuses.push((await app.inject({ url: URL, headers: { cookie: cookies[role] } })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });

  it('answers anonymous 401 and every signed-in role 200 when PUBLIC_READ is off, a bad year too', async () => {
    const { app } = await testApp({ auth: { publicRead: false } });
    const cookies = await signInAll(app);
    const stranger = await app.inject(URL);
    expect([stranger.statusCode, stranger.json().error.code]).toEqual([401, 'unauthenticated']);
    expect((await app.inject('/api/indicators/bluezone-install-rate/units?year=abc')).statusCode).toBe(401);
    const statuses = [];
    for (const role of ROLES) statuses.push((await app.inject({ url: URL, headers: { cookie: cookies[role] } })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200]);
  });
});
