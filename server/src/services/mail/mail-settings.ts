/** The mail settings (config.ts reads them; docs/operations.md lists them). */
export interface MailSettings {
  /** smtp(s)://user:password@host:port; null: mail is off, nothing is queued or sent. */
  smtpUrl: string | null;
  /** The From of every message; null: `no-reply@` the SMTP server's host. */
  from: string | null;
  /** Hour (0–23, Vietnam time) from which the day's digest is queued. */
  digestHour: number;
  /** The address people open the app at, for links; null: the server's own host and port. */
  publicUrl: string | null;
}

/** The SMTP server as the admin may see it: scheme, user, host and port, never the password. */
export function describeSmtpUrl(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    return `${url.protocol}//${user}${url.host}`;
  } catch {
    return 'smtp://?';
  }
}

/** MAIL_FROM, or `no-reply@` the SMTP host so that a message is never sent without a From. */
export function fromAddress({ smtpUrl, from }: Pick<MailSettings, 'smtpUrl' | 'from'>): string | null {
  if (from) return from;
  if (!smtpUrl) return null;
  try {
    return `no-reply@${new URL(smtpUrl).hostname}`;
  } catch {
    return null;
  }
}
