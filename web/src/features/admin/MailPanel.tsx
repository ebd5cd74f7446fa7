import { formatNumber } from '@kpi/shared';
import { Link } from '../../app/routing';
import { useMailStatusQuery, useMyMailQuery, useSendTestMailMutation } from '../../api/mail-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { QueryState } from '../../ui/QueryState';
import { MailProblems } from './MailProblems';

/**
 * Mail as the admin sees it: on or off (and from which setting, never the password), the outbox's
 * counts, the messages that failed with their errors, and a test message to the admin's own address.
 */
export function MailPanel() {
  const { t, locale } = useStaffI18n();
  const query = useMailStatusQuery();
  const test = useSendTestMailMutation();
  // The test goes to the admin's own address: without one, say where to set it rather than offer a
  // button the server can only refuse.
  const mine = useMyMailQuery().data;
  return (
    <section aria-labelledby="mail-title">
      <h2 id="mail-title">{t.mail.title}</h2>
      <QueryState query={query}>
        {(status) => (
          <>
            <p className="user-status">{status.configured ? `✔ ${t.mail.on}` : `⛔ ${t.mail.off}`}</p>
            <p>{status.configured && status.server ? t.mail.onExplain(status.server) : t.mail.offExplain}</p>
            <dl className="mail-facts">
              {status.from && (
                <>
                  <dt>{t.mail.from}</dt>
                  <dd>{status.from}</dd>
                </>
              )}
              <dt>{t.mail.digestHour}</dt>
              <dd>{t.mail.digestAt(formatNumber(status.digestHour, locale))}</dd>
              <dt>{t.mail.queued}</dt>
              <dd>{formatNumber(status.queued, locale)}</dd>
              <dt>{t.mail.sentLastDay}</dt>
              <dd>{formatNumber(status.sentLastDay, locale)}</dd>
              <dt>{t.mail.failed}</dt>
              <dd>{formatNumber(status.failed, locale)}</dd>
            </dl>
            {status.configured && mine && !mine.email && (
              <p role="note">
                <span aria-hidden="true">ⓘ </span>
                {t.mail.testNeedsAddress} <Link to="/account">{t.mail.setAddress}</Link>
              </p>
            )}
            {status.configured && mine?.email && (
              <div className="actions">
                <button type="button" className="button button--small" disabled={test.isPending} onClick={() => test.mutate()}>
                  {t.mail.sendTest}
                </button>
              </div>
            )}
            {test.data && (
              <p role="status">
                <span aria-hidden="true">✔ </span>
                {t.mail.testQueued(test.data.recipient)}
              </p>
            )}
            <ActionError error={test.error} />
            <MailProblems problems={status.problems} />
          </>
        )}
      </QueryState>
    </section>
  );
}
