import { describe, expect, it } from 'vitest';
import { startSmtp } from '../../support/smtp.js';
import { PASSWORD, signIn, signInAll } from '../../support/users.js';
import { BASE_URL, databaseFile, mailApp, returnADraft, setMyMail, testClock } from './mail-support.js';

describe('the daily digest', () => {
  it('goes at MAIL_DIGEST_HOUR Vietnam time, once a day, only to those with something waiting, even across a restart', async () => {
    const smtp = await startSmtp();
    const path = databaseFile();
    // 06:59 in Hà Nội (UTC+7): a minute before the digest hour.
    const clock = testClock('2026-03-09T23:59:00Z');
    const first = await mailApp({ smtpUrl: smtp.url, clock: clock.now, path, digestHour: 7 });
    const cookies = await signInAll(first.app);
    await setMyMail(first.app, cookies.analyst, { email: 'phan.tich@langson.example', immediateNotices: false });
    await setMyMail(first.app, cookies.approver2, { email: 'phe.duyet@langson.example' });
    await setMyMail(first.app, cookies.viewer, { email: 'xem@langson.example' });
    await setMyMail(first.app, cookies.admin, { email: 'quan.tri@langson.example', dailyDigest: false });
    // A draft returned to the analyst, and another waiting for approval.
    await returnADraft(first.app, cookies, 'Thiếu nguồn số liệu');
    const saved = await first.app.inject({
      method: 'PUT',
      url: '/api/indicators/bluezone-install-rate/observations/2022',
      headers: { cookie: cookies.analyst2 },
      payload: { kind: 'ratio', numerator: 170000, denominator: 530000, version: 0, sourceId: 1, locator: 'Bảng 3' },
    });
    expect(saved.statusCode).toBe(200);

    await first.app.mail.tick();
    expect(smtp.received).toEqual([]);

    clock.advance(1);
    await first.app.mail.tick();
    const byRecipient = Object.fromEntries(smtp.received.map((m, i) => [smtp.envelopes[i]![0], m]));
    // The viewer has nothing waiting and the admin turned the digest off.
    expect(Object.keys(byRecipient).sort()).toEqual(['phan.tich@langson.example', 'phe.duyet@langson.example']);

    const analyst = byRecipient['phan.tich@langson.example']!;
    expect(analyst.subject).toBe('Việc cần làm ngày 10/03/2026: 1 mục');
    expect(analyst.text).toContain('bị approver trả lại: “Thiếu nguồn số liệu”; cần sửa và gửi lại.');
    expect(analyst.text).toContain(`${BASE_URL}/entry/bluezone-install-rate/2021`);
    expect(analyst.text).toBe(analyst.text!.normalize('NFC'));

    const approver = byRecipient['phe.duyet@langson.example']!;
    expect(approver.subject).toBe('Việc cần làm ngày 10/03/2026: 1 mục');
    expect(approver.text).toContain('năm 2022 của analyst2 đang chờ phê duyệt.');
    expect(approver.text).toContain(`${BASE_URL}/approval`);

    // Later the same day, and after a restart on the same database: no second digest.
    clock.advance(120);
    await first.app.mail.tick();
    await first.close();
    const second = await mailApp({ smtpUrl: smtp.url, clock: clock.now, path, digestHour: 7 });
    await second.app.mail.tick();
    expect(smtp.received).toHaveLength(2);

    // The next morning it comes again, since the work still waits.
    clock.set('2026-03-11T00:00:00Z');
    await second.app.mail.tick();
    expect(smtp.received.map((m) => m.subject)).toEqual([
      'Việc cần làm ngày 10/03/2026: 1 mục',
      'Việc cần làm ngày 10/03/2026: 1 mục',
      'Việc cần làm ngày 11/03/2026: 1 mục',
      'Việc cần làm ngày 11/03/2026: 1 mục',
    ]);
  });

  it('lists the figures the user answers for that are overdue, from the reporting calendar', async () => {
    const smtp = await startSmtp();
    const clock = testClock('2026-03-10T00:00:00Z');
    const { app, close } = await mailApp({ smtpUrl: smtp.url, clock: clock.now, digestHour: 7 });
    const cookies = await signInAll(app);
    await setMyMail(app, cookies.analyst, { email: 'phan.tich@langson.example', immediateNotices: false });
    // The approver names the analyst as the one who answers for the level-4 online services' figures.
    const rule = await app.inject({
      method: 'PUT',
      url: '/api/calendar/online-services-level4-rate',
      headers: { cookie: cookies.approver },
      payload: { version: 0, due: null, responsible: 'analyst' },
    });
    expect(rule.statusCode).toBe(200);

    await app.mail.tick();
    expect(smtp.received).toHaveLength(1);
    const [digest] = smtp.received;
    // 2025's figure was due on 15 January 2026 (the department's rule) and is not published.
    expect(digest!.text).toMatch(/năm 2025.* đã quá hạn nộp ngày 15\/01\/2026\./);
    expect(digest!.text).toContain(`${BASE_URL}/entry/online-services-level4-rate/2025`);
    await close();
  });

  it('lists a commune user’s own unit’s overdue figures, with no line in the reporting calendar', async () => {
    const smtp = await startSmtp();
    const clock = testClock('2026-03-10T00:00:00Z');
    const { app, close } = await mailApp({ smtpUrl: smtp.url, clock: clock.now, digestHour: 7 });
    const cookies = await signInAll(app);
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: cookies.admin },
      payload: { username: 'tam-thanh.lan', password: PASSWORD, role: 'analyst', displayName: 'Lan', unit: 'tam-thanh' },
    });
    expect(created.statusCode).toBe(201);
    await setMyMail(app, await signIn(app, 'tam-thanh.lan'), { email: 'lan@tamthanh.example', immediateNotices: false });

    await app.mail.tick();
    expect(smtp.received).toHaveLength(1);
    const [digest] = smtp.received;
    // The ward's 2025 figure, named as the ward's, fell due on 15 January 2026; only units' indicators are a ward's.
    expect(digest!.text).toMatch(/năm 2025 \(Phường Tam Thanh\) đã quá hạn nộp ngày 15\/01\/2026\./);
    expect(digest!.text).toContain(`${BASE_URL}/entry/bluezone-install-rate/2025?unit=tam-thanh`);
    expect((digest!.text ?? '').match(/• /g)).toHaveLength(1);
    await close();
  });
});
