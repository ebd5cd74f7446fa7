import { dueMail, enqueueMail, markMailFailed, markMailSent, outboxSummary, type Db, type NewMail } from '@kpi/db';
import type { MailStatus } from '@kpi/shared';
import type { FastifyBaseLogger } from 'fastify';
import { createTransport, type Transporter } from 'nodemailer';
import { nextAttempt } from './backoff.js';
import { describeSmtpUrl, fromAddress, type MailSettings } from './mail-settings.js';
import type { MailText } from './messages.js';

export interface MailDeliveryOptions {
  settings: MailSettings;
  log: FastifyBaseLogger;
  /** The time the sender goes by; tests pin it. */
  clock?: () => Date;
  /** Between two runs of the sender loop (sending what is due, and the digest once its hour has come). */
  intervalMs?: number;
}

/**
 * E-mail through an outbox. Routes only queue (a database insert, never a network call), and only
 * when SMTP_URL is set; the sender loop delivers what is due, backs off on failure and gives up
 * after a day, all recorded in the outbox so a restart resumes where the last start stopped.
 * A queued message is also sent at once, in the background, so a notice does not wait for the loop.
 * What to send is the subclass's (mail-service.ts): `queueScheduled` runs first in each run.
 */
export class MailDelivery {
  readonly configured: boolean;
  private readonly transport: Transporter | null;
  protected readonly from: string | null;
  protected readonly clock: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    protected readonly db: Db,
    private readonly delivery: MailDeliveryOptions,
  ) {
    const { smtpUrl } = delivery.settings;
    this.configured = smtpUrl !== null;
    this.from = fromAddress(delivery.settings);
    // Short timeouts: a server that is down is retried later rather than held on to.
    this.transport = smtpUrl ? createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }) : null;
    this.clock = delivery.clock ?? (() => new Date());
  }

  /**
   * Queues messages and has them sent soon. Never throws: the write that caused them is already
   * done, and a notice that could not be queued must not turn its answer into an error.
   */
  protected enqueue(messages: { to: string; mail: MailText; kind: NewMail['kind'] }[]): number {
    if (!this.configured || messages.length === 0) return 0;
    try {
      enqueueMail(
        this.db,
        messages.map(({ to, mail, kind }) => ({ recipient: to, subject: mail.subject, text: mail.text, kind })),
        this.clock().toISOString(),
      );
    } catch (err) {
      this.delivery.log.error({ err }, 'mail could not be queued');
      return 0;
    }
    this.kick();
    return messages.length;
  }

  /** What the loop queues on its own before sending (the daily digest); nothing here. */
  protected queueScheduled(): number {
    return 0;
  }

  /** Sends every message that is due; a failure is recorded with the next attempt, or given up after a day. */
  private async sendDue(): Promise<void> {
    if (!this.transport || !this.from) return;
    for (const row of dueMail(this.db, this.clock().toISOString())) {
      if (this.stopped) return;
      try {
        await this.transport.sendMail({ from: this.from, to: row.recipient, subject: row.subject, text: row.text });
        markMailSent(this.db, row.id, this.clock().toISOString());
      } catch (err) {
        const now = this.clock();
        const attempts = row.attempts + 1;
        const retry = nextAttempt(attempts, row.createdAt, now);
        const message = err instanceof Error ? err.message : String(err);
        markMailFailed(this.db, row, message, now.toISOString(), retry?.toISOString() ?? null);
        this.delivery.log.warn({ id: row.id, attempts, retry: retry?.toISOString() ?? 'given up', err: message }, 'mail not delivered');
      }
    }
  }

  /** One run of the loop: the digest when its hour has come, then what is due. One run at a time. */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          this.queueScheduled();
          await this.sendDue();
        } catch (err) {
          this.delivery.log.error({ err }, 'mail run failed');
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Sends what was just queued without waiting for the loop, in the background. */
  private kick(): void {
    if (!this.stopped) setImmediate(() => void this.tick());
  }

  /** Resolves once no run is in progress (tests wait on it after a route queued something). */
  async idle(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    while (this.running) await this.running;
  }

  /** The loop: every `intervalMs` (a minute), unref'd so it never holds the process open. */
  start(): void {
    if (!this.configured || this.timer) return;
    const interval = this.delivery.intervalMs ?? 60_000;
    this.timer = setInterval(() => void this.tick(), interval);
    this.timer.unref();
    this.kick();
    this.delivery.log.info({ server: describeSmtpUrl(this.delivery.settings.smtpUrl!), digestHour: this.delivery.settings.digestHour }, 'mail sender started');
  }

  /** Stops the loop, lets a send in progress finish, and closes the connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    this.transport?.close();
  }

  status(): MailStatus {
    const { smtpUrl, digestHour } = this.delivery.settings;
    return {
      configured: this.configured,
      setting: 'SMTP_URL',
      server: smtpUrl ? describeSmtpUrl(smtpUrl) : null,
      from: this.configured ? this.from : null,
      digestHour,
      ...outboxSummary(this.db, this.clock().toISOString()),
    };
  }
}
