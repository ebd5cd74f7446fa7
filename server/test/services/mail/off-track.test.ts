import { describe, expect, it } from 'vitest';
import { startSmtp } from '../../support/smtp.js';
import { signInAll } from '../../support/users.js';
import { BASE_URL, mailApp, setMyMail, testClock } from './mail-support.js';

const CODE = 'bluezone-install-rate';

describe('a status that turns off track', () => {
  it('is told to the person who answers for it and the approvers and admins who take notices', async () => {
    const smtp = await startSmtp();
    const { app } = await mailApp({ smtpUrl: smtp.url, clock: testClock('2026-03-09T20:00:00Z').now });
    const cookies = await signInAll(app);
    await setMyMail(app, cookies.analyst, { email: 'phan.tich@langson.example' });
    await setMyMail(app, cookies.approver, { email: 'phe.duyet@langson.example' });
    await setMyMail(app, cookies.approver2, { email: 'phe.duyet2@langson.example', immediateNotices: false });
    await setMyMail(app, cookies.admin, { email: 'quan.tri@langson.example' });
    const target = await app.inject({
      method: 'PUT',
      url: `/api/indicators/${CODE}/targets/2025`,
      headers: { cookie: cookies.approver },
      payload: { revision: 0, value: 80, comparator: 'gte', sourceId: 1 },
    });
    expect(target.statusCode).toBe(200);
    // The reporting calendar names the analyst for this indicator.
    const rule = await app.inject({
      method: 'PUT',
      url: `/api/calendar/${CODE}`,
      headers: { cookie: cookies.approver },
      payload: { version: 0, due: null, responsible: 'analyst' },
    });
    expect(rule.statusCode).toBe(200);
    const status = async () => (await app.inject(`/api/indicators/${CODE}?year=2021`)).json().asOf.status.status as string;
    expect(await status()).not.toBe('off-track');

    // A figure far below the year before: deterioration.
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/indicators/${CODE}/observations/2021`,
      headers: { cookie: cookies.analyst },
      payload: { kind: 'ratio', numerator: 1000, denominator: 520000, version: 0, sourceId: 1, locator: 'Bảng 2', acknowledgedWarnings: ['jump'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const published = await app.inject({
      method: 'POST',
      url: `/api/indicators/${CODE}/observations/2021/publish`,
      headers: { cookie: cookies.approver },
      payload: { version: saved.json().observation.version },
    });
    expect(published.statusCode).toBe(200);
    expect(await status()).toBe('off-track');
    await app.mail.idle();

    expect(smtp.envelopes.flat().sort()).toEqual(['phan.tich@langson.example', 'phe.duyet@langson.example', 'quan.tri@langson.example']);
    const [mail] = smtp.received;
    expect(mail!.subject).toMatch(/^Chỉ tiêu chậm tiến độ: .+ năm 2021$/);
    expect(mail!.text).toContain('chuyển sang trạng thái "Chậm tiến độ"');
    expect(mail!.text).toContain(`${BASE_URL}/indicators/${CODE}?year=2021`);
    // The inbox judges "worsened" by the same rule: the same indicator, year and status.
    const inbox = await app.inject({ url: '/api/inbox', headers: { cookie: cookies.admin } });
    expect(inbox.json().items.filter((i: { kind: string }) => i.kind === 'worsened')).toEqual([
      expect.objectContaining({ indicator: expect.objectContaining({ code: CODE }), year: 2021, to: 'off-track' }),
    ]);
  });

  it('is not told for an older year’s correction, which the inbox does not call worsened either', async () => {
    const smtp = await startSmtp();
    const { app } = await mailApp({ smtpUrl: smtp.url, clock: testClock('2026-03-09T20:00:00Z').now });
    const cookies = await signInAll(app);
    await setMyMail(app, cookies.approver, { email: 'phe.duyet@langson.example' });
    const publish = async (year: number, numerator: number) => {
      const saved = await app.inject({
        method: 'PUT',
        url: `/api/indicators/${CODE}/observations/${year}`,
        headers: { cookie: cookies.analyst },
        payload: { kind: 'ratio', numerator, denominator: 520000, version: 0, sourceId: 1, locator: 'Bảng 2', acknowledgedWarnings: ['jump'] },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const published = await app.inject({
        method: 'POST',
        url: `/api/indicators/${CODE}/observations/${year}/publish`,
        headers: { cookie: cookies.approver },
        payload: { version: saved.json().observation.version },
      });
      expect(published.statusCode).toBe(200);
    };
    for (const year of [2021, 2022, 2023]) {
      const target = await app.inject({
        method: 'PUT',
        url: `/api/indicators/${CODE}/targets/${year}`,
        headers: { cookie: cookies.approver },
        payload: { revision: 0, value: 30, comparator: 'gte', sourceId: 1 },
      });
      expect(target.statusCode, target.body).toBe(200);
    }
    const status = async (year: number) => (await app.inject(`/api/indicators/${CODE}?year=${year}`)).json().asOf.status.status as string;
    await publish(2022, 200000);
    await publish(2023, 200000);
    // 2021, under 2022 and 2023 that stand on their own, is now far below its target.
    await publish(2021, 1000);
    expect(await status(2021)).toBe('off-track');
    expect(await status(2023)).not.toBe('off-track');
    await app.mail.idle();
    expect(smtp.received).toEqual([]);
    const inbox = await app.inject({ url: '/api/inbox', headers: { cookie: cookies.admin } });
    expect(inbox.json().items.filter((i: { kind: string }) => i.kind === 'worsened')).toEqual([]);
  });
});
