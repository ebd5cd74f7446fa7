import { formatDateTime, formatNumber, type AuditEntry } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { auditChanges, auditValue } from './audit-format';

function Changes({ entry }: { entry: AuditEntry }) {
  const { t, locale } = useStaffI18n();
  const changes = auditChanges(entry.before, entry.after, locale);
  const detail = auditChanges(null, entry.detail, locale);
  if (changes.length === 0 && detail.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="changes">
      {changes.map(({ key, before, after }) => (
        <li key={`c-${key}`}>
          {key && <span className="changes__key">{key}: </span>}
          {before !== null && <span className="changes__before">{before}</span>}
          {before !== null && after !== null && <span aria-label={t.audit.becomes}> → </span>}
          {after !== null && <span className="changes__after">{after}</span>}
        </li>
      ))}
      {detail.map(({ key, after }) => (
        <li key={`d-${key}`} className="changes__detail">
          <span className="changes__key">{key}: </span>
          {after ?? auditValue(null, locale)}
        </li>
      ))}
    </ul>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, locale } = useStaffI18n();
  if (entries.length === 0) return <p className="state-panel">{t.audit.empty}</p>;
  const actions: Record<string, string> = t.audit.actions;
  return (
    <table className="data-table">
      <caption className="data-table__caption">{t.audit.caption(formatNumber(entries.length, locale))}</caption>
      <thead>
        <tr>
          <th scope="col">{t.audit.at}</th>
          <th scope="col">{t.audit.actor}</th>
          <th scope="col">{t.audit.action}</th>
          <th scope="col">{t.audit.entity}</th>
          <th scope="col">{t.audit.changes}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td data-label={t.audit.at}>{formatDateTime(entry.at, locale)}</td>
            <td data-label={t.audit.actor}>{entry.actor}</td>
            <td data-label={t.audit.action}>{actions[entry.action] ?? entry.action}</td>
            <td data-label={t.audit.entity}>
              <code>{entry.entityKey}</code>
            </td>
            <td data-label={t.audit.changes}>
              <Changes entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
