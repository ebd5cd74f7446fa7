import { formatDateTime, formatNumber, type MailProblem } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';

/** Messages that failed: still retried (⚠, with when) or given up (✖): each with its last error and attempts. */
export function MailProblems({ problems }: { problems: MailProblem[] }) {
  const { t, locale } = useStaffI18n();
  if (problems.length === 0) return <p className="muted">{t.mail.noProblems}</p>;
  return (
    <table className="data-table">
      <caption className="data-table__caption">{t.mail.problemsCaption(formatNumber(problems.length, locale))}</caption>
      <thead>
        <tr>
          <th scope="col">{t.mail.recipient}</th>
          <th scope="col">{t.mail.subject}</th>
          <th scope="col">{t.mail.state}</th>
          <th scope="col">{t.mail.attempts}</th>
          <th scope="col">{t.mail.lastError}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem) => (
          <tr key={problem.id}>
            <th scope="row" data-label={t.mail.recipient}>
              {problem.recipient}
            </th>
            <td data-label={t.mail.subject}>
              {problem.subject}
              <span className="muted"> ({t.mail.kinds[problem.kind]})</span>
            </td>
            <td data-label={t.mail.state}>
              {problem.failedAt
                ? `✖ ${t.mail.gaveUp(formatDateTime(problem.failedAt, locale))}`
                : `⚠ ${t.mail.retrying(formatDateTime(problem.nextAttemptAt ?? problem.createdAt, locale))}`}
            </td>
            <td data-label={t.mail.attempts}>{formatNumber(problem.attempts, locale)}</td>
            <td data-label={t.mail.lastError}>
              <code>{problem.lastError}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
