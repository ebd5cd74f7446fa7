import { describe, expect, it } from 'vitest';
import { startSmtp } from '../../support/smtp.js';
import { signInAll } from '../../support/users.js';
import { mailApp, mailStatus, testClock } from '../../services/mail/mail-support.js';

const clock = () => testClock('2026-03-09T20:00:00Z').now;

describe('mail preferences', () => {
  it('lets a user set their own address and choices, on by default once there is an address', async () => {
    const { app } = await mailApp({ smtpUrl: null, clock: clock() });
    const cookies = await signInAll(app);
    const mine = await app.inject({ url: '/api/me/mail', headers: { cookie: cookies.viewer } });
    expect(mine.json()).toEqual({ email: null, dailyDigest: true, immediateNotices: true, mailConfigured: false, version: 1 });
    const put = await app.inject({
      method: 'PUT',
      url: '/api/me/mail',
      headers: { cookie: cookies.viewer },
      payload: { version: 1, email: 'xem@langson.example', dailyDigest: false, immediateNotices: true },
    });
    expect(put.json()).toEqual({ email: 'xem@langson.example', dailyDigest: false, immediateNotices: true, mailConfigured: false, version: 2 });
    // An empty field clears the address.
    const cleared = await app.inject({
      method: 'PUT',
      url: '/api/me/mail',
      headers: { cookie: cookies.viewer },
      payload: { version: 2, email: '', dailyDigest: false, immediateNotices: true },
    });
    expect(cleared.json().email).toBeNull();
    // A stale version is refused rather than overwriting.
    const stale = await app.inject({
      method: 'PUT',
      url: '/api/me/mail',
      headers: { cookie: cookies.viewer },
      payload: { version: 1, email: 'khac@langson.example', dailyDigest: true, immediateNotices: true },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a bad address with a 400 naming the field in the caller’s language, and writes nothing', async () => {
    const { app } = await mailApp({ smtpUrl: null, clock: clock() });
    const cookies = await signInAll(app);
    const res = await app.inject({
      method: 'PUT',
      url: '/api/me/mail',
      headers: { cookie: cookies.analyst, 'accept-language': 'vi' },
      payload: { version: 1, email: 'không phải địa chỉ', dailyDigest: true, immediateNotices: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ email: 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@langson.gov.vn).' });
    const en = await app.inject({
      method: 'PUT',
      url: '/api/users/viewer/mail',
      headers: { cookie: cookies.admin, 'accept-language': 'en' },
      payload: { version: 1, email: 'a@b', dailyDigest: true, immediateNotices: true },
    });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual({ email: 'Not a valid e-mail address (for example name@langson.gov.vn).' });
    expect((await app.inject({ url: '/api/me/mail', headers: { cookie: cookies.analyst } })).json().email).toBeNull();
  });

  it('lets an admin set any account’s address, audited, and lists it with the accounts', async () => {
    const { app } = await mailApp({ smtpUrl: null, clock: clock() });
    const cookies = await signInAll(app);
    const res = await app.inject({
      method: 'PUT',
      url: '/api/users/analyst/mail',
      headers: { cookie: cookies.admin },
      payload: { version: 1, email: 'phan.tich@langson.example', dailyDigest: true, immediateNotices: false },
    });
    expect(res.json()).toEqual({ email: 'phan.tich@langson.example', dailyDigest: true, immediateNotices: false });
    const users = (await app.inject({ url: '/api/users', headers: { cookie: cookies.admin } })).json().users as { username: string; mail: object }[];
    expect(users.find((u) => u.username === 'analyst')!.mail).toEqual({ email: 'phan.tich@langson.example', dailyDigest: true, immediateNotices: false });
    const audit = (await app.inject({ url: '/api/audit?action=user.mail', headers: { cookie: cookies.admin } })).json();
    expect(JSON.stringify(audit)).toContain('phan.tich@langson.example');
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: '/api/users/nobody/mail',
          headers: { cookie: cookies.admin },
          payload: { version: 1, email: null, dailyDigest: true, immediateNotices: true },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('the admin’s mail settings', () => {
  it('names the server without its password and sends a test message to the admin', async () => {
    const smtp = await startSmtp();
    const { app } = await mailApp({ smtpUrl: smtp.url, clock: clock() });
    const cookies = await signInAll(app);
    const status = await mailStatus(app, cookies.admin);
    expect(status).toMatchObject({ configured: true, setting: 'SMTP_URL', server: `smtp://kpi@127.0.0.1:${smtp.port}`, digestHour: 7 });
    expect(JSON.stringify(status)).not.toContain('secret-pass');

    const noAddress = await app.inject({ method: 'POST', url: '/api/mail/test', headers: { cookie: cookies.admin, 'accept-language': 'vi' } });
    expect(noAddress.statusCode).toBe(400);
    expect(noAddress.json().error.fields).toEqual({ email: 'Bắt buộc nhập.' });

    await app.inject({
      method: 'PUT',
      url: '/api/me/mail',
      headers: { cookie: cookies.admin },
      payload: { version: 1, email: 'quan.tri@langson.example', dailyDigest: true, immediateNotices: true },
    });
    const sent = await app.inject({ method: 'POST', url: '/api/mail/test', headers: { cookie: cookies.admin } });
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toEqual({ recipient: 'quan.tri@langson.example' });
    await app.mail.idle();
    expect(smtp.received.map((m) => m.subject)).toEqual(['Thư thử nghiệm từ hệ thống theo dõi chỉ tiêu CNTT']);
    expect(smtp.received[0]!.text).toContain('tiếng Việt có dấu');
    expect((await mailStatus(app, cookies.admin)).sentLastDay).toBe(1);
  });
});
