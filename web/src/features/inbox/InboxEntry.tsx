import { formatDate, formatDateTime, orgUnitName, type InboxItem } from '@kpi/shared';
import type { ReactNode } from 'react';
import { Link } from '../../app/routing';
import { useStaffI18n } from '../../i18n/useStaffI18n';

/** How many unit names a due item lists before "and n more". */
const NAMED_UNITS = 5;

/** One thing to do: what, for which year and unit, what it is about, and the link that resolves it. */
export function InboxEntry({ item }: { item: InboxItem }) {
  const { t, locale } = useStaffI18n();
  const words = t.inbox;
  const title = words.itemTitle(item.indicator.name[locale], item.year);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : '');
  let detail: ReactNode = null;
  let action: string = words.open[item.kind];
  switch (item.kind) {
    case 'overdue':
    case 'due-soon': {
      const named = item.units.slice(0, NAMED_UNITS).map((u) => `${orgUnitName(u, locale)} (${words.states[u.state]})`);
      const more = item.units.length - named.length;
      if (item.scope === 'department') action = words.open.department;
      detail = (
        <>
          <strong>{words.due(formatDate(item.due, locale))}</strong>
          {item.scope === 'department' && <> · {words.department}</>} · {words.figures(item.units.length)}
          <br />
          {named.join(', ')}
          {more > 0 && ` ${t.completeness.moreMissing(more)}`}
        </>
      );
      break;
    }
    case 'awaiting-approval':
      detail = (
        <>
          {orgUnitName(item.unit, locale)} · {words.author(item.author, when(item.savedAt))}
        </>
      );
      break;
    case 'returned':
      detail = (
        <>
          {orgUnitName(item.unit, locale)} · {words.returnedBy(item.returnedBy ?? '', when(item.returnedAt))}
          <blockquote className="inbox-comment">{item.comment ?? words.noComment}</blockquote>
        </>
      );
      break;
    case 'worsened':
      detail = (
        <>
          {words.worsened(t.status[item.from], t.status[item.to])} · {words.publishedAt(when(item.publishedAt))}
        </>
      );
      break;
    case 'action-due':
      detail = (
        <>
          {orgUnitName(item.unit, locale)} · {item.overdue && <span aria-hidden="true">⚠ </span>}
          <strong>{words.action(item.who, formatDate(item.due, locale), item.overdue)}</strong>
          <br />
          {item.what}
        </>
      );
      break;
  }
  return (
    <li className="inbox-item">
      <p className="inbox-item__title">{title}</p>
      <p className="inbox-item__detail">{detail}</p>
      <Link className="button button--quiet" to={item.link}>
        {action}
        <span className="sr-only">: {title}</span>
      </Link>
    </li>
  );
}
