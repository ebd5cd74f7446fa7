import { ownWorkCounts } from '@kpi/shared';
import { NavLink } from '../../app/routing';
import { useInboxQuery } from '../../api/inbox-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';

/**
 * The header's link to the inbox with the count of what waits and how much of it is overdue, in
 * words beside the number (never a colour alone). Rendered only for a signed-in user, so the
 * counts are fetched in the browser after hydration, never in the overview's first paint.
 */
export function InboxLink() {
  const { t } = useStaffI18n();
  const inbox = useInboxQuery();
  // Own work only: an approver's inbox also lists the whole department's late figures, which the
  // page keeps apart and which would make every approver's count the same large number.
  const counts = inbox.data && ownWorkCounts(inbox.data.items);
  return (
    <NavLink to="/inbox" className="site-nav__link">
      {t.staffNav.inbox}
      {counts && counts.total > 0 && (
        <span className={`site-nav__count${counts.overdue > 0 ? ' site-nav__count--overdue' : ''}`} data-testid="inbox-count">
          {counts.overdue > 0 && <span aria-hidden="true">⚠ </span>}
          {t.staffNav.inboxCount(counts.total, counts.overdue)}
        </span>
      )}
    </NavLink>
  );
}
