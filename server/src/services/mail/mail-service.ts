import { claimDigest, digestRecipients, enqueueMail, findOrgUnit, indicatorNameVi, noticeRecipient, offTrackRecipients, type Db } from '@kpi/db';
import { entryPath, hourIn, orgUnitName, PROVINCE_UNIT, todayIn, type IndicatorData, type StatusResult } from '@kpi/shared';
import type { CalendarSettings } from '../../calendar-settings.js';
import { inboxDigestSource, type DigestSource } from './digest.js';
import { MailDelivery, type MailDeliveryOptions } from './mail-delivery.js';
import { digestMail, draftReturnedMail, offTrackMail, screenDarkMail, testMail } from './messages.js';

export interface MailServiceOptions extends MailDeliveryOptions {
  /** The absolute address links in messages start with (APP_PUBLIC_URL, else the server's own). */
  baseUrl: string;
  /** The reporting calendar's settings the digest's inbox is drawn up with. */
  calendar: CalendarSettings;
  /** The published data the server already holds, for the digest's "worsened"; loaded from the db otherwise. */
  published?: () => IndicatorData[];
  /** What the daily digest lists; by default the user's own items of their inbox. */
  digestSource?: DigestSource;
}

const ACCOUNT_PATH = '/account';

/**
 * Which notices to send, to whom and saying what: a returned draft, a status turned off track, a
 * dark screen, the admin's test, and the daily digest. Delivery (the outbox and the sender loop)
 * is MailDelivery's (mail-delivery.ts).
 */
export class MailService extends MailDelivery {
  private readonly digestSource: DigestSource;

  constructor(
    db: Db,
    private readonly options: MailServiceOptions,
  ) {
    super(db, options);
    this.digestSource = options.digestSource ?? inboxDigestSource(db, options.baseUrl, options.calendar, options.published);
  }

  private link(path: string): string {
    return this.options.baseUrl + path;
  }

  /** A commune's or ward's name as people say it ("Phường Tam Thanh"); null for the province's figure. */
  private unitName(code: string): string | null {
    if (code === PROVINCE_UNIT) return null;
    const unit = findOrgUnit(this.db, code);
    return unit ? orgUnitName(unit, 'vi') : code;
  }

  /** The author of a returned draft hears of it, with the approver's comment and a link to the form. */
  draftReturned(input: { code: string; year: number; orgUnit: string; author: string; approver: string; comment: string }): number {
    if (!this.configured) return 0;
    const author = noticeRecipient(this.db, input.author);
    if (!author?.email) return 0;
    const mail = draftReturnedMail({
      indicatorName: indicatorNameVi(this.db, input.code) ?? input.code,
      year: input.year,
      unitName: this.unitName(input.orgUnit),
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

  protected override queueScheduled(): number {
    return this.queueDigests();
  }
}
