import { formatDate, inboxKinds, type InboxItem, type InboxKind } from '@kpi/shared';
import { Link } from '../../app/routing';
import { useInboxQuery } from '../../api/inbox-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { InboxEntry } from './InboxEntry';

/** The inbox by kind, overdue first; each item links to where it is resolved. Approvers also reach the calendar from here. */
export function InboxList({ calendarLink = false }: { calendarLink?: boolean }) {
  const { t, locale } = useStaffI18n();
  const inbox = useInboxQuery();
  return (
    <>
      <QueryState query={inbox}>
        {({ items, today, dueDays }) => (
          <>
            <div className="page-heading">
              <h2>{t.inbox.title}</h2>
              <p className="muted">
                {t.inbox.hint(dueDays)} {t.inbox.today(formatDate(today, locale))}
              </p>
              {calendarLink && (
                <p>
                  <Link to="/calendar">{t.calendar.link}</Link>
                </p>
              )}
            </div>
            {/* Said also above the department's late figures, when none of them is the user's. */}
            {items.every(isDepartment) && <p className="state-panel">{t.inbox.empty}</p>}
            {inboxKinds.map((kind) => (
              <InboxSection key={kind} kind={kind} items={items.filter((i) => i.kind === kind && !isDepartment(i))} />
            ))}
            <DepartmentSection items={items.filter(isDepartment)} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** An approver's view of everyone's overdue figures, as against what is theirs to do. */
const isDepartment = (item: InboxItem) => item.kind === 'overdue' && item.scope === 'department';

/**
 * The department's overdue figures come last and folded: an approver's own work (drafts to
 * approve) stays at the top however many indicators are late.
 */
function DepartmentSection({ items }: { items: InboxItem[] }) {
  const { t } = useStaffI18n();
  if (items.length === 0) return null;
  return (
    <details className="inbox-section inbox-section--overdue inbox-department">
      <summary>
        <span aria-hidden="true">{t.inbox.icons.overdue} </span>
        {t.inbox.departmentOverdue} ({items.length})
      </summary>
      <ul className="inbox-list">
        {items.map((item) => (
          <InboxEntry key={`${item.indicator.code}/${item.year}`} item={item} />
        ))}
      </ul>
    </details>
  );
}

function InboxSection({ kind, items }: { kind: InboxKind; items: InboxItem[] }) {
  const { t } = useStaffI18n();
  if (items.length === 0) return null;
  const id = `inbox-${kind}`;
  return (
    <section className={`inbox-section inbox-section--${kind}`} aria-labelledby={id}>
      <h3 id={id}>
        <span aria-hidden="true">{t.inbox.icons[kind]} </span>
        {t.inbox.sections[kind]} ({items.length})
      </h3>
      <ul className="inbox-list">
        {items.map((item, i) => (
          <InboxEntry key={`${item.indicator.code}/${item.year}/${i}`} item={item} />
        ))}
      </ul>
    </section>
  );
}
