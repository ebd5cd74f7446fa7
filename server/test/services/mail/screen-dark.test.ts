import { findScreen } from '@kpi/db';
import { screenIssuedSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { startSmtp } from '../../support/smtp.js';
import { signInAll } from '../../support/users.js';
import { BASE_URL, mailApp, setMyMail, testClock } from './mail-support.js';

/** Polls `check` for up to two seconds: a socket's close and the mail's delivery arrive a moment later. */
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('a screen gone dark', () => {
  it('is told to the admin who set it up once it stays dark past SCREEN_DARK_AFTER_MINUTES, not when it comes back', async () => {
    const smtp = await startSmtp();
    // 300 ms, so the test need not wait half an hour.
    const { app } = await mailApp({ smtpUrl: smtp.url, clock: testClock('2026-03-10T02:00:00Z').now, screenDarkAfterMsForTests: 300 });
    const cookies = await signInAll(app);
    await setMyMail(app, cookies.admin, { email: 'quan.tri@langson.example' });
    const created = await app.inject({
      method: 'POST',
      url: '/api/screens',
      headers: { cookie: cookies.admin },
      payload: { name: 'Phòng họp tầng 2', playlist: [{ type: 'headline' }] },
    });
    const issued = screenIssuedSchema.parse(created.json());
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const connect = async () => {
      const controller = new AbortController();
      const res = await fetch(`${address}/api/screens/${issued.screen.id}/events?token=${issued.token}`, {
        headers: { accept: 'text/event-stream' },
        signal: controller.signal,
      });
      const reader = res.body!.getReader();
      await reader.read();
      return () => controller.abort();
    };
    // The server records "last seen" when a screen's last stream closes.
    const lastSeen = () => findScreen(app.db, issued.screen.id)?.lastSeenAt ?? null;

    // It drops and comes back within the time: nothing is sent.
    const first = await connect();
    first();
    await until(() => lastSeen() !== null);
    const second = await connect();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await app.mail.idle();
    expect(smtp.received).toEqual([]);

    // Then it stays dark.
    second();
    await until(() => smtp.received.length === 1);
    expect(smtp.envelopes[0]).toEqual(['quan.tri@langson.example']);
    const [mail] = smtp.received;
    expect(mail!.subject).toBe('Màn hình không hoạt động: Phòng họp tầng 2');
    expect(mail!.text).toContain('Màn hình “Phòng họp tầng 2” đã mất kết nối');
    expect(mail!.text).toContain(`${BASE_URL}/admin/screens`);
    expect(mail!.text).toBe(mail!.text!.normalize('NFC'));
  });
});
