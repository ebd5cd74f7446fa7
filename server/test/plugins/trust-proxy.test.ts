/**
 * Behind a proxy the client's address is the one the trusted hops report, never one the client
 * writes itself in X-Forwarded-For: the per-address sign-in limit holds whatever it sends.
 */
import { describe, expect, it } from 'vitest';
import type { TrustProxy } from '../../src/config.js';
import { testApp } from '../support/app.js';

/** Failed sign-ins, each claiming another address first in X-Forwarded-For, as a spoofer would. */
async function statusesWithSpoofedAddresses(trustProxy: TrustProxy, forwardedBy: string) {
  const { app } = await testApp({ trustProxy, auth: { loginPerMinute: 3 } });
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': `203.0.113.${i}, ${forwardedBy}` },
      payload: { username: 'nobody', password: 'wrong password' },
    });
    statuses.push(res.statusCode);
  }
  return statuses;
}

describe('TRUST_PROXY', () => {
  it('with one hop takes the address the proxy saw, not the ones the client wrote before it', async () => {
    expect(await statusesWithSpoofedAddresses(1, '198.51.100.7')).toEqual([401, 401, 401, 429, 429]);
  });

  it('with the proxy’s address trusts that proxy and no further', async () => {
    expect(await statusesWithSpoofedAddresses(['127.0.0.1'], '198.51.100.7')).toEqual([401, 401, 401, 429, 429]);
  });

  it('off, ignores X-Forwarded-For altogether', async () => {
    expect(await statusesWithSpoofedAddresses(false, '198.51.100.7')).toEqual([401, 401, 401, 429, 429]);
  });

  it('tells different clients behind the proxy apart', async () => {
    const { app } = await testApp({ trustProxy: 1, auth: { loginPerMinute: 1 } });
    const from = (address: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': address },
        payload: { username: 'nobody', password: 'wrong password' },
      });
    expect((await from('198.51.100.1')).statusCode).toBe(401);
    expect((await from('198.51.100.2')).statusCode).toBe(401);
    expect((await from('198.51.100.1')).statusCode).toBe(429);
  });
});
