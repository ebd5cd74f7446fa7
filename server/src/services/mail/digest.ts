import { draftsAwaitingApproval, findUserById, returnedDraftsOf, type Db, type DraftMention } from '@kpi/db';
import { PROVINCE_UNIT, roleAtLeast } from '@kpi/shared';
import { entryPath } from './messages.js';

/** One line of a user's daily digest: what waits for them, and where to do it. */
export interface DigestItem {
  /** What kind of thing waits, so an inbox can group or filter them. */
  kind: 'awaiting-approval' | 'returned' | (string & {});
  /** One sentence in Vietnamese. */
  text: string;
  /** An absolute link to the page where it is done. */
  link: string;
}

/**
 * What waits for user `userId` on `today` (Vietnam date, YYYY-MM-DD). The digest is written against
 * this alone, so the reporting calendar's inbox (due dates, completeness) can take the place of the
 * implementation below without touching the sender.
 */
export type DigestSource = (userId: number, today: string) => DigestItem[];

/** The commune's or ward's code; null for the province's own figure. */
const unitOf = ({ orgUnit }: DraftMention) => (orgUnit === PROVINCE_UNIT ? null : orgUnit);
const where = (draft: DraftMention) => `${draft.nameVi} năm ${draft.year}${unitOf(draft) ? ` (${draft.unitName ?? draft.orgUnit})` : ''}`;

/**
 * What exists today: for approvers, the drafts waiting for them (others' drafts, since nobody
 * publishes their own); for everyone, their own drafts that were returned and not yet answered.
 */
export function draftsDigestSource(db: Db, baseUrl: string): DigestSource {
  return (userId) => {
    const user = findUserById(db, userId);
    if (!user || user.disabled) return [];
    const items: DigestItem[] = returnedDraftsOf(db, user.username).map((draft) => ({
      kind: 'returned',
      text: `Số liệu ${where(draft)} bị ${draft.reviewedBy ?? 'người phê duyệt'} trả lại${draft.comment ? `: “${draft.comment}”` : ''}; cần sửa và gửi lại.`,
      link: baseUrl + entryPath(draft.code, draft.year, unitOf(draft)),
    }));
    if (roleAtLeast(user.role, 'approver')) {
      const waiting = draftsAwaitingApproval(db, user.username);
      items.push(
        ...waiting.map((draft) => ({
          kind: 'awaiting-approval',
          text: `Số liệu ${where(draft)} của ${draft.author} đang chờ phê duyệt.`,
          link: `${baseUrl}/approval`,
        })),
      );
    }
    return items;
  };
}
