import { describe, expect, it } from 'vitest';
import { nextAttempt } from '../../../src/services/mail/backoff.js';
import { describeSmtpUrl, fromAddress } from '../../../src/services/mail/mail-settings.js';

describe('back-off', () => {
  const created = '2026-03-10T00:00:00.000Z';
  const after = (attempts: number, at: string) => nextAttempt(attempts, created, new Date(at))?.toISOString() ?? null;

  it('waits 1, 5, 30 minutes, 2 hours, then 6 hours', () => {
    expect(after(1, created)).toBe('2026-03-10T00:01:00.000Z');
    expect(after(2, '2026-03-10T00:01:00.000Z')).toBe('2026-03-10T00:06:00.000Z');
    expect(after(3, '2026-03-10T00:06:00.000Z')).toBe('2026-03-10T00:36:00.000Z');
    expect(after(4, '2026-03-10T00:36:00.000Z')).toBe('2026-03-10T02:36:00.000Z');
    expect(after(5, '2026-03-10T02:36:00.000Z')).toBe('2026-03-10T08:36:00.000Z');
    expect(after(9, '2026-03-10T08:36:00.000Z')).toBe('2026-03-10T14:36:00.000Z');
  });

  it('gives up when the next attempt would come more than a day after the message was queued', () => {
    expect(after(7, '2026-03-10T17:59:00.000Z')).toBe('2026-03-10T23:59:00.000Z');
    expect(after(8, '2026-03-10T20:36:00.000Z')).toBeNull();
  });
});

describe('mail settings', () => {
  it('shows the server with its user and never its password', () => {
    expect(describeSmtpUrl('smtp://kpi%40langson:p%40ss@mail.langson.example:587')).toBe('smtp://kpi@langson@mail.langson.example:587');
    expect(describeSmtpUrl('smtps://mail.langson.example')).toBe('smtps://mail.langson.example');
  });

  it('takes MAIL_FROM, else no-reply at the SMTP host; none without SMTP_URL', () => {
    expect(fromAddress({ smtpUrl: 'smtp://u:p@mail.example:25', from: 'KPI <kpi@example>' })).toBe('KPI <kpi@example>');
    expect(fromAddress({ smtpUrl: 'smtp://u:p@mail.example:25', from: null })).toBe('no-reply@mail.example');
    expect(fromAddress({ smtpUrl: null, from: null })).toBeNull();
  });
});
