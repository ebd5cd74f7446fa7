import { findUser, inboxFor, type Db } from '@kpi/db';
import { formatDate, isOwnWork, orgUnitName, reviewPhrases, type IndicatorData, type InboxItem, type OrgUnitKind } from '@kpi/shared';
import type { CalendarSettings } from '../../calendar-settings.js';
import { figureName } from './messages.js';

/** One line of a user's daily digest: what waits for them, and where to do it. */
export interface DigestItem {
  /** The inbox's kind of item (`overdue`, `returned`…), so a digest can group or filter them. */
  kind: InboxItem['kind'];
  /** One sentence in Vietnamese. */
  text: string;
  /** An absolute link to the page where it is done. */
  link: string;
}

/**
 * What waits for user `username` on `today` (Vietnam date, YYYY-MM-DD). The digest is written against
 * this alone, so a test can give the sender any list.
 */
export type DigestSource = (username: string, today: string) => DigestItem[];

const statuses = reviewPhrases.vi.statuses;
const where = (item: { indicator: { name: { vi: string } }; year: number; unit?: { name: string; kind: OrgUnitKind } }) =>
  figureName(item.indicator.name.vi, item.year, item.unit && item.unit.kind !== 'province' ? orgUnitName(item.unit, 'vi') : null);

/** The inbox item as one Vietnamese sentence of the digest. */
function sentence(item: InboxItem): string {
  switch (item.kind) {
    case 'overdue':
    case 'due-soon': {
      // One unit's figure (a commune user's, or one named in the calendar) is named; several are counted.
      const what = where({ ...item, unit: item.units.length === 1 ? item.units[0] : undefined });
      const units = item.units.length > 1 ? ` (${item.units.length} đơn vị chưa có số liệu được phê duyệt)` : '';
      const due = formatDate(item.due, 'vi');
      return item.kind === 'overdue' ? `Số liệu ${what}${units} đã quá hạn nộp ngày ${due}.` : `Số liệu ${what}${units} đến hạn nộp ngày ${due}.`;
    }
    case 'awaiting-approval':
      return `Số liệu ${where(item)} của ${item.author} đang chờ phê duyệt.`;
    case 'returned':
      return `Số liệu ${where(item)} bị ${item.returnedBy ?? 'người phê duyệt'} trả lại${item.comment ? `: “${item.comment}”` : ''}; cần sửa và gửi lại.`;
    case 'worsened':
      return `Chỉ tiêu ${where(item)} chuyển từ “${statuses[item.from]}” sang “${statuses[item.to]}” sau lần phê duyệt số liệu gần nhất.`;
    case 'action-due':
      return `Hành động “${item.what}” của ${where(item)} (${item.who}) ${item.overdue ? 'đã quá hạn' : 'đến hạn'} ngày ${formatDate(item.due, 'vi')}.`;
  }
}

/**
 * The user's inbox (db/src/inbox.ts) as the digest: their own work only. An approver's inbox also
 * lists the department's overdue figures, which would fill every approver's mail with the same
 * lines each morning; the inbox page keeps them. `published`: the published data the server holds.
 */
export function inboxDigestSource(db: Db, baseUrl: string, calendar: CalendarSettings, published?: () => IndicatorData[]): DigestSource {
  return (username, today) => {
    const user = findUser(db, username);
    if (!user || user.disabled) return [];
    const inbox = inboxFor(db, { user: { username: user.username, role: user.role, unit: user.unit }, today, ...calendar, published });
    return inbox.items.filter(isOwnWork).map((item) => ({ kind: item.kind, text: sentence(item), link: baseUrl + item.link }));
  };
}
