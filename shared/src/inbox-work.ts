import type { InboxItem } from './schemas/inbox.js';

/**
 * The user's own work: every item but what an approver sees of everyone's (the department's
 * figures and actions past due, `scope: 'department'`). The header's count and the daily digest
 * count these; the inbox page lists the rest apart.
 */
export const isOwnWork = (item: InboxItem): boolean => !('scope' in item) || item.scope === 'mine';

/** The header's count: the user's own items, and how many of them are overdue figures or actions. */
export function ownWorkCounts(items: readonly InboxItem[]): { total: number; overdue: number } {
  const own = items.filter(isOwnWork);
  const overdue = own.filter((item) => item.kind === 'overdue' || (item.kind === 'action-due' && item.overdue)).length;
  return { total: own.length, overdue };
}
