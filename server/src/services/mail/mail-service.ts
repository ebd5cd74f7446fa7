import {
  claimDigest,
  digestRecipients,
  dueMail,
  enqueueMail,
  findOrgUnit,
  indicatorNameVi,
  markMailFailed,
  markMailSent,
  noticeRecipient,
  offTrackRecipients,
  outboxSummary,
  type Db,
  type NewMail,
} from '@kpi/db';
import { entryPath, hourIn, PROVINCE_UNIT, todayIn, type IndicatorData, type MailStatus, type StatusResult } from '@kpi/shared';
import type { FastifyBaseLogger } from 'fastify';
import { createTransport, type Transporter } from 'nodemailer';
import type { CalendarSettings } from '../../calendar-settings.js';
import { nextAttempt } from './backoff.js';
import { inboxDigestSource, type DigestSource } from './digest.js';
import { describeSmtpUrl, fromAddress, type MailSettings } from './mail-settings.js';
import { digestMail, draftReturnedMail, offTrackMail, screenDarkMail, testMail, type MailText } from './messages.js';

export interface MailServiceOptions {
  settings: MailSettings;
  /** The absolute address links in messages start with (APP_PUBLIC_URL, else the server's own). */
  baseUrl: string;
  log: FastifyBaseLogger;
  /** The reporting calendar's settings the digest's inbox is drawn up with. */
  calendar: CalendarSettings;
  /** The published data the server already holds, for the digest's "worsened"; loaded from the db otherwise. */
  published?: () => IndicatorData[];
  /** What the daily digest lists; by default the user's own items of their inbox. */
  digestSource?: DigestSource;
  /** The time the sender goes by; tests pin it. */
  clock?: () => Date;
  /** Between two runs of the sender loop (sending what is due, and the digest once its hour has come). */
  intervalMs?: number;
}

const ACCOUNT_PATH = '/account';

/**
 * E-mail through an outbox. Routes only queue (a database insert, never a network call), and only
 * when SMTP_URL is set; the sender loop delivers what is due, backs off on failure and gives up
 * after a day, all recorded in the outbox so a restart resumes where the last start stopped.
 * A queued message is also sent at once, in the background, so a notice does not wait for the loop.
 */
export class MailService {
  readonly configured: boolean;
  private readonly transport: Transporter | null;
  private readonly from: string | null;
  private readonly digestSource: DigestSource;
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly options: MailServiceOptions,
  ) {
    const { smtpUrl } = options.settings;
    this.configured = smtpUrl !== null;
    this.from = fromAddress(options.settings);
    // Short timeouts: a server that is down is retried later rather than held on to.
    this.transport = smtpUrl ? createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }) : null;
    this.digestSource = options.digestSource ?? inboxDigestSource(db, options.baseUrl, options.calendar, options.published);
    this.clock = options.clock ?? (() => new Date());
  }

  private link(path: string): string {
    return this.options.baseUrl + path;
  }

  /**
   * Queues messages and has them sent soon. Never throws: the write that caused them is already
   * done, and a notice that could not be queued must not turn its answer into an error.
   */
  private enqueue(messages: { to: string; mail: MailText; kind: NewMail['kind'] }[]): number {
    if (!this.configured || messages.length === 0) return 0;
    try {
      enqueueMail(
        this.db,
        messages.map(({ to, mail, kind }) => ({ recipient: to, subject: mail.subject, text: mail.text, kind })),
        this.clock().toISOString(),
      );
    } catch (err) {
      this.options.log.error({ err }, 'mail could not be queued');
      return 0;
    }
    this.kick();
    return messages.length;
  }

  /** The author of a returned draft hears of it, with the approver's comment and a link to the form. */
  draftReturned(input: { code: string; year: number; orgUnit: string; author: string; approver: string; comment: string }): number {
    if (!this.configured) return 0;
    const author = noticeRecipient(this.db, input.author);
    if (!author?.email) return 0;
    const unit = input.orgUnit === PROVINCE_UNIT ? null : input.orgUnit;
    const mail = draftReturnedMail({
      indicatorName: indicatorNameVi(this.db, input.code) ?? input.code,
      year: input.year,
      unitName: unit && (findOrgUnit(this.db, unit)?.name ?? unit),
      approver: input.approver,
      comment: input.comment,
      link: this.link(entryPath(input.code, input.year, input.orgUnit)),
      accountLink: this.link(ACCOUNT_PATH),
    });
    return this.enqueue([{ to: author.email, mail, kind: 'draft-returned' }]);
  }

  /**
   * A province figure's publication turned its indicator's status off track: the person the
   * reporting calendar names for the indicator hears of it, and so do the approvers and admins.
   */
  statusTurnedOffTrack(input: { code: string; year: number; status: StatusResult }): number {
    if (!this.configured) return 0;
    const mail = offTrackMail({
      indicatorName: indicatorNameVi(this.db, input.code) ?? input.code,
      year: input.year,
      status: input.status,
      link: this.link(`/indicators/${encodeURIComponent(input.code)}?year=${input.year}`),
      accountLink: this.link(ACCOUNT_PATH),
    });
    const to = offTrackRecipients(this.db, input.code).flatMap((user) => (user.email ? [user.email] : []));
    return this.enqueue(to.map((email) => ({ to: email, mail, kind: 'off-track' })));
  }

  /** A screen dark for `minutes`: the admin who set it up hears of it, if they take notices. */
  screenDark(input: { owner: string; screenName: string; minutes: number; lastSeen: string }): number {
    if (!this.configured) return 0;
    const owner = noticeRecipient(this.db, input.owner);
    if (!owner?.email) return 0;
    const mail = screenDarkMail({ ...input, link: this.link('/admin/screens'), accountLink: this.link(ACCOUNT_PATH) });
    return this.enqueue([{ to: owner.email, mail, kind: 'screen-dark' }]);
  }

  /** The admin's "send a test message to me"; queued like any other, so it shows the outbox at work. */
  test(admin: string, email: string): number {
    return this.enqueue([{ to: email, mail: testMail({ admin, link: this.link('/admin/mail') }), kind: 'test' }]);
  }

  /**
   * From the digest hour on (Vietnam time), each user who wants a digest and has none for today
   * gets one, when the digest source has anything for them. The day is claimed with the message in
   * one transaction, so a second start the same day, or a second tick, queues nothing.
   */
  queueDigests(now = this.clock()): number {
    if (!this.configured || hourIn(now) < this.options.settings.digestHour) return 0;
    const today = todayIn(now);
    let queued = 0;
    for (const user of digestRecipients(this.db, today)) {
      const items = this.digestSource(user.username, today);
      const email = user.email!;
      const done = this.db.transaction((tx) => {
        if (!claimDigest(tx, user.id, today)) return false;
        if (items.length === 0) return false;
        const mail = digestMail({ date: today, items, accountLink: this.link(ACCOUNT_PATH) });
        enqueueMail(tx, [{ recipient: email, subject: mail.subject, text: mail.text, kind: 'digest' }], now.toISOString());
        return true;
      });
      if (done) queued += 1;
    }
    return queued;
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
        this.options.log.warn({ id: row.id, attempts, retry: retry?.toISOString() ?? 'given up', err: message }, 'mail not delivered');
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
          this.queueDigests();
          await this.sendDue();
        } catch (err) {
          this.options.log.error({ err }, 'mail run failed');
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
    const interval = this.options.intervalMs ?? 60_000;
    this.timer = setInterval(() => void this.tick(), interval);
    this.timer.unref();
    this.kick();
    this.options.log.info({ server: describeSmtpUrl(this.options.settings.smtpUrl!), digestHour: this.options.settings.digestHour }, 'mail sender started');
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
    const { smtpUrl, digestHour } = this.options.settings;
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
