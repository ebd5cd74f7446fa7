import { schema } from '@kpi/db';
import { describe, expect, it } from 'vitest';
import { closedPort, startSmtp } from '../../support/smtp.js';
import { signInAll } from '../../support/users.js';
import { BASE_URL, databaseFile, mailApp, mailStatus, returnADraft, setMyMail, testClock } from './mail-support.js';

const COMMENT = 'Mẫu số lấy từ niên giám 2020, cần số liệu năm 2021';

describe('a returned draft', () => {
  it('reaches its author: subject, recipient, Vietnamese text with its diacritics, the comment and a link to the form', async () => {
    const smtp = await startSmtp();
    const { app } = await mailApp({ smtpUrl: smtp.url, clock: testClock('2026-03-09T20:00:00Z').now });
    const cookies = await signInAll(app);
    await setMyMail(app, cookies.analyst, { email: 'phan.tich@langson.example' });

    const res = await returnADraft(app, cookies, COMMENT);
    expect(res.statusCode).toBe(200);
    await app.mail.idle();

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(smtp.envelopes[0]).toEqual(['phan.tich@langson.example']);
    expect(mail!.to).toMatchObject({ value: [{ address: 'phan.tich@langson.example' }] });
    expect(mail!.from?.value[0]).toMatchObject({ address: 'kpi@langson.example', name: 'Chỉ tiêu CNTT' });
    expect(mail!.subject).toMatch(/^Số liệu bị trả lại: .+ năm 2021$/);
    const text = mail!.text!;
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('đã được approver trả lại để chỉnh sửa');
    expect(text).toContain(COMMENT);
    expect(text).toContain(`${BASE_URL}/entry/bluezone-install-rate/2021`);
    // Nothing else was sent: the approver who returned it has no address, the others no part in it.
    expect((await mailStatus(app, cookies.admin)).sentLastDay).toBe(1);
  });

  it('names a commune’s or ward’s figure as people name the unit', async () => {
    const smtp = await startSmtp();
    const { app } = await mailApp({ smtpUrl: smtp.url, clock: testClock('2026-03-09T20:00:00Z').now });
    const cookies = await signInAll(app);
    await setMyMail(app, cookies.analyst, { email: 'phan.tich@langson.example' });

    expect((await returnADraft(app, cookies, COMMENT, { year: 2025, unit: 'tam-thanh' })).statusCode).toBe(200);
    await app.mail.idle();

    const [mail] = smtp.received;
    expect(mail!.subject).toMatch(/^Số liệu bị trả lại: .+ năm 2025 \(Phường Tam Thanh\)$/);
    expect(mail!.text).toContain(`${BASE_URL}/entry/bluezone-install-rate/2025?unit=tam-thanh`);
  });

  it('is not mailed to an author who turned immediate notices off, nor to one without an address', async () => {
    const smtp = await startSmtp();
    const { app, db } = await mailApp({ smtpUrl: smtp.url, clock: testClock('2026-03-09T20:00:00Z').now });
    const cookies = await signInAll(app);
    await setMyMail(app, cookies.analyst, { email: 'phan.tich@langson.example', immediateNotices: false });
    expect((await returnADraft(app, cookies, COMMENT)).statusCode).toBe(200);
    await app.mail.idle();
    expect(smtp.received).toEqual([]);
    expect(db.select().from(schema.outbox).all()).toEqual([]);
  });
});

describe('mail that cannot be delivered', () => {
  it('never holds up the save: the message waits with its attempts and next attempt, and goes once the server is up', async () => {
    const port = await closedPort();
    const clock = testClock('2026-03-09T20:00:00Z');
    const { app, db } = await mailApp({ smtpUrl: `smtp://kpi:secret-pass@127.0.0.1:${port}`, clock: clock.now });
    const cookies = await signInAll(app);
    await setMyMail(app, cookies.analyst, { email: 'phan.tich@langson.example' });

    expect((await returnADraft(app, cookies, COMMENT)).statusCode).toBe(200);
    // The answer came before any attempt was made: the message was only queued.
    const [queued] = db.select().from(schema.outbox).all();
    expect(queued).toMatchObject({ attempts: 0, sentAt: null, recipient: 'phan.tich@langson.example' });

    await app.mail.idle();
    const status = await mailStatus(app, cookies.admin);
    expect(status).toMatchObject({ configured: true, queued: 1, sentLastDay: 0, failed: 0 });
    expect(status.problems).toHaveLength(1);
    expect(status.problems[0]).toMatchObject({ attempts: 1, nextAttemptAt: '2026-03-09T20:01:00.000Z', failedAt: null });
    expect(status.problems[0].lastError).toMatch(/ECONNREFUSED|connect/i);

    // Not due yet: the sender leaves it alone.
    const smtp = await startSmtp({ port });
    await app.mail.tick();
    expect(smtp.received).toEqual([]);
    clock.advance(1);
    await app.mail.tick();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toContain('Số liệu bị trả lại');
    expect(await mailStatus(app, cookies.admin)).toMatchObject({ queued: 0, sentLastDay: 1, problems: [] });
  });

  it('records a refusal with the server’s words and shows it to the admin; a day later it is given up', async () => {
    const smtp = await startSmtp({ refuse: 'Mailbox unavailable: no such user here' });
    const clock = testClock('2026-03-09T20:00:00Z');
    const { app } = await mailApp({ smtpUrl: smtp.url, clock: clock.now });
    const cookies = await signInAll(app);
    // No digest: the day's digest would join the refused messages once the clock passes 07:00.
    await setMyMail(app, cookies.analyst, { email: 'khong.co@langson.example', dailyDigest: false });
    await returnADraft(app, cookies, COMMENT);
    await app.mail.idle();

    let status = await mailStatus(app, cookies.admin);
    expect(status.problems).toEqual([
      expect.objectContaining({ recipient: 'khong.co@langson.example', kind: 'draft-returned', attempts: 1, nextAttemptAt: '2026-03-09T20:01:00.000Z' }),
    ]);
    expect(status.problems[0].lastError).toContain('Mailbox unavailable: no such user here');
    // Backs off: 1, 5, 30 min, 2 h, then every 6 h; the next wait would end past a day, so the
    // 8th failure is the last.
    const waits = [1, 5, 30, 120, 360, 360, 360];
    for (const minutes of waits) {
      clock.advance(minutes);
      await app.mail.tick();
    }
    status = await mailStatus(app, cookies.admin);
    expect(status).toMatchObject({ queued: 0, failed: 1 });
    expect(status.problems[0]).toMatchObject({ attempts: 8, nextAttemptAt: null, failedAt: expect.any(String) });
    expect(smtp.received).toEqual([]);
  });

  it('survives a restart: a new app on the same database sends what the last one queued', async () => {
    const path = databaseFile();
    const clock = testClock('2026-03-09T20:00:00Z');
    const port = await closedPort();
    const first = await mailApp({ smtpUrl: `smtp://127.0.0.1:${port}`, clock: clock.now, path });
    const cookies = await signInAll(first.app);
    await setMyMail(first.app, cookies.analyst, { email: 'phan.tich@langson.example' });
    await returnADraft(first.app, cookies, COMMENT);
    await first.app.mail.idle();
    await first.close();

    const smtp = await startSmtp({ port });
    clock.advance(2);
    const second = await mailApp({ smtpUrl: `smtp://127.0.0.1:${port}`, clock: clock.now, path });
    await second.app.mail.tick();
    expect(smtp.received.map((m) => m.subject)).toEqual([expect.stringContaining('Số liệu bị trả lại')]);
  });
});

describe('mail that is not configured', () => {
  it('queues and sends nothing, and the settings API says mail is off', async () => {
    const smtp = await startSmtp();
    const { app, db } = await mailApp({ smtpUrl: null, clock: testClock('2026-03-09T20:00:00Z').now });
    const cookies = await signInAll(app);
    await setMyMail(app, cookies.analyst, { email: 'phan.tich@langson.example' });
    await setMyMail(app, cookies.admin, { email: 'quan.tri@langson.example' });
    expect((await returnADraft(app, cookies, COMMENT)).statusCode).toBe(200);
    await app.mail.tick();
    expect(db.select().from(schema.outbox).all()).toEqual([]);
    expect(smtp.received).toEqual([]);
    expect(await mailStatus(app, cookies.admin)).toEqual({
      configured: false,
      setting: 'SMTP_URL',
      server: null,
      from: null,
      digestHour: 7,
      queued: 0,
      sentLastDay: 0,
      failed: 0,
      problems: [],
    });
    const test = await app.inject({ method: 'POST', url: '/api/mail/test', headers: { cookie: cookies.admin } });
    expect(test.statusCode).toBe(409);
    expect(test.json().error.code).toBe('mail-off');
    const mine = await app.inject({ url: '/api/me/mail', headers: { cookie: cookies.analyst } });
    expect(mine.json()).toMatchObject({ email: 'phan.tich@langson.example', mailConfigured: false });
  });
});
